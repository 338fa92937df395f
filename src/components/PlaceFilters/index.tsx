// The map tab's filters: one category at a time (or all) and "现在开放" on one scrolling line, and — with 托育 chosen —
// care type, the child's age in months, the monthly fee, 有余位 (counted only when confirmed in the
// last 30 days, so a parent is not sent to a full centre), 普惠 and 已备案. Every chip says its state in words
// (✓ on screen, aria-checked for screen readers), not only in colour.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { CARE_TYPES, PLACE_CATEGORIES, type CareType } from '../../domain/places'
import { FREE_PLACES_FRESH_DAYS, MONTHLY_FEE_CHOICES } from '../../domain/places/childcare-facts'
import { NO_CHILDCARE_FILTERS, type PlaceFilters as Filters } from '../../stores/usePlacesStore'
import { CategoryIcon } from '../CategoryIcon'
import { scrollRegionProps } from '../a11y'
import { Chip } from '../ui/Chip'
import './index.scss'

/** Ages offered as chips: the demo and registry ranges are given in months, up to 3 years. */
const AGE_CHOICES = [6, 12, 18, 24, 30, 36] as const

interface Props {
  filters: Filters
  onChange: (change: Partial<Filters>) => void
}

/** The childcare criteria in force, in words, for the collapsed panel's button. */
function childcareSummary(f: Filters): string[] {
  return [
    ...CARE_TYPES.filter((t) => f.careTypes.includes(t.key)).map((t) => t.label),
    ...(f.ageMonths !== null ? [`${f.ageMonths}个月`] : []),
    ...(f.publicBenefit ? ['普惠'] : []),
    ...(f.registered ? ['已备案'] : []),
    ...(f.maxMonthlyFee !== null ? [`月费≤${f.maxMonthlyFee}`] : []),
    ...(f.freePlaces ? ['有余位'] : [])
  ]
}

export function PlaceFilters({ filters, onChange }: Props) {
  // The childcare criteria fold away: open, they would push the map and the list off the screen.
  const [panelOpen, setPanelOpen] = useState(false)
  const toggleCare = (key: CareType) =>
    onChange({
      careTypes: filters.careTypes.includes(key)
        ? filters.careTypes.filter((k) => k !== key)
        : [...filters.careTypes, key]
    })
  const childcare = filters.category === 'childcare'
  const active = childcareSummary(filters)

  return (
    <View className='place-filters'>
      {/* One line that scrolls sideways: the categories, then 现在开放. A view with overflow-x, not
          <ScrollView>: the scroll-view template would take about 9 KB of the main package's
          base.wxml for this one row. Chips never shrink, so no label is cut or wrapped. */}
      <View
        className='place-filters__scroll place-filters__scroll--main'
        {...scrollRegionProps('地点类别和现在开放，可左右滑动')}
      >
        <View className='place-filters__row place-filters__row--main'>
          <View className='place-filters__group' ariaRole='radiogroup' ariaLabel='地点类别'>
            <Chip
              label='全部'
              role='radio'
              selected={filters.category === null}
              onClick={() => onChange({ category: null })}
              className='place-filters__chip place-filters__category'
            />
            {PLACE_CATEGORIES.map((c) => (
              <Chip
                key={c.key}
                label={c.shortLabel}
                role='radio'
                selected={filters.category === c.key}
                onClick={() => onChange({ category: c.key })}
                className='place-filters__chip place-filters__category'
                icon={<CategoryIcon category={c.key} size='small' />}
              />
            ))}
          </View>
          <Chip
            label='现在开放'
            role='checkbox'
            selected={filters.openNow}
            onClick={() => onChange({ openNow: !filters.openNow })}
            className='place-filters__chip place-filters__open-now'
          />
        </View>
      </View>

      {childcare ? (
        <View className='place-filters__row'>
          <View
            className={`place-filters__more ${active.length ? 'place-filters__more--active' : ''}`}
            ariaRole='button'
            ariaLabel={`托育筛选${active.length ? `：${active.join('、')}` : ''}，${panelOpen ? '点按收起' : '点按展开'}`}
            {...{ 'aria-expanded': panelOpen }}
            onClick={() => setPanelOpen(!panelOpen)}
          >
            <Text className='place-filters__more-text'>托育筛选{active.length ? `：${active.join('、')}` : ''}</Text>
            <Text>{panelOpen ? ' ▴' : ' ▾'}</Text>
          </View>
        </View>
      ) : null}

      {childcare && panelOpen ? (
        <View className='place-filters__childcare' ariaRole='group' ariaLabel='托育筛选'>
          <Text className='place-filters__label'>托育类型</Text>
          {/* A view that scrolls sideways (overflow-x), not <ScrollView>: the scroll-view template
          would take about 9 KB of the main package's base.wxml for this one row. */}
          <View className='place-filters__scroll' {...scrollRegionProps('托育类型，可左右滑动')}>
            <View className='place-filters__row' ariaRole='group' ariaLabel='托育类型'>
              {CARE_TYPES.map((t) => (
                <Chip
                  key={t.key}
                  label={t.label}
                  role='checkbox'
                  selected={filters.careTypes.includes(t.key)}
                  onClick={() => toggleCare(t.key)}
                  className='place-filters__chip place-filters__care'
                />
              ))}
            </View>
          </View>
          <Text className='place-filters__label'>孩子月龄</Text>
          {/* A view that scrolls sideways (overflow-x), not <ScrollView>: the scroll-view template
          would take about 9 KB of the main package's base.wxml for this one row. */}
          <View className='place-filters__scroll' {...scrollRegionProps('孩子月龄，可左右滑动')}>
            <View className='place-filters__row' ariaRole='radiogroup' ariaLabel='孩子月龄'>
              <Chip
                label='不限'
                role='radio'
                selected={filters.ageMonths === null}
                onClick={() => onChange({ ageMonths: null })}
                className='place-filters__chip place-filters__age'
              />
              {AGE_CHOICES.map((m) => (
                <Chip
                  key={m}
                  label={`${m}个月`}
                  role='radio'
                  selected={filters.ageMonths === m}
                  onClick={() => onChange({ ageMonths: m })}
                  className='place-filters__chip place-filters__age'
                />
              ))}
            </View>
          </View>
          <Text className='place-filters__label'>月费（全日托、半日托）</Text>
          <View className='place-filters__scroll' {...scrollRegionProps('月费，可左右滑动')}>
            <View className='place-filters__row' ariaRole='radiogroup' ariaLabel='月费'>
              <Chip
                label='不限'
                role='radio'
                selected={filters.maxMonthlyFee === null}
                onClick={() => onChange({ maxMonthlyFee: null })}
                className='place-filters__chip place-filters__fee'
              />
              {MONTHLY_FEE_CHOICES.map((yuan) => (
                <Chip
                  key={yuan}
                  label={`${yuan} 元以内`}
                  role='radio'
                  selected={filters.maxMonthlyFee === yuan}
                  onClick={() => onChange({ maxMonthlyFee: yuan })}
                  className='place-filters__chip place-filters__fee'
                />
              ))}
            </View>
          </View>
          <View className='place-filters__row place-filters__row--wrap'>
            <Chip
              label='有余位'
              role='checkbox'
              selected={filters.freePlaces}
              onClick={() => onChange({ freePlaces: !filters.freePlaces })}
              className='place-filters__chip place-filters__free-places'
            />
            <Chip
              label='普惠'
              role='checkbox'
              selected={filters.publicBenefit}
              onClick={() => onChange({ publicBenefit: !filters.publicBenefit })}
              className='place-filters__chip place-filters__benefit'
            />
            <Chip
              label='已备案'
              role='checkbox'
              selected={filters.registered}
              onClick={() => onChange({ registered: !filters.registered })}
              className='place-filters__chip place-filters__registered'
            />
            {active.length ? (
              <View
                className='place-filters__clear'
                ariaRole='button'
                ariaLabel='清除托育筛选'
                onClick={() => onChange(NO_CHILDCARE_FILTERS)}
              >
                清除
              </View>
            ) : null}
          </View>
          {filters.maxMonthlyFee !== null || filters.freePlaces ? (
            // A centre that has not told its fee or free places is left out, not counted as a match:
            // the parent is told, so an empty list does not read as "nothing affordable".
            <Text className='muted place-filters__note'>
              只列出填了收费或近 {FREE_PLACES_FRESH_DAYS} 天确认过余位的机构；没填的机构可以打电话问。
            </Text>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
