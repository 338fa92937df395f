// A labelled text field: visible label (also its spoken name), the input or textarea in a box
// that centres the placeholder, an optional counter, and the error under it. In the browser the
// name also goes on the inner <input>/<textarea> (nativeProps; Taro's wrapper keeps ariaLabel to
// itself), so a field without a placeholder is named too; WeChat reads ariaLabel.
import { Input, Text, Textarea, View } from '@tarojs/components'
import './index.scss'

interface Props {
  label: string
  value: string
  onInput: (value: string) => void
  placeholder?: string
  multiline?: boolean
  /**
   * Required: WeChat cuts a field without one at 140 characters (Taro leaves an undefined
   * attribute out). Take it from the rule in src/domain that the server checks too.
   */
  maxLength: number
  /** Shows n/max under the box. */
  counter?: boolean
  error?: string
  type?: 'text' | 'number'
  hint?: string
  /** The label is said by the surrounding screen (e.g. a search box next to its button). */
  hideLabel?: boolean
  confirmType?: 'search' | 'done'
  onConfirm?: () => void
  /** Puts the cursor here (a row just added by the keyboard). */
  focus?: boolean
  className?: string
}

export function Field({
  label,
  value,
  onInput,
  placeholder,
  multiline = false,
  maxLength,
  counter = false,
  error,
  type = 'text',
  hint,
  hideLabel = false,
  confirmType,
  onConfirm,
  focus,
  className = ''
}: Props) {
  return (
    <View className={`ui-field ${error ? 'ui-field--invalid' : ''} ${className}`}>
      {hideLabel ? null : <Text className='ui-field__label'>{label}</Text>}
      {hint ? <Text className='ui-field__hint'>{hint}</Text> : null}
      <View className={`ui-field__box ${multiline ? 'ui-field__box--multiline' : ''}`}>
        {multiline ? (
          <Textarea
            className='ui-field__textarea'
            value={value}
            maxlength={maxLength}
            placeholder={placeholder}
            placeholderClass='ui-field__placeholder'
            focus={focus}
            ariaLabel={label}
            nativeProps={{ 'aria-label': label }}
            onInput={(e) => onInput(e.detail.value)}
          />
        ) : (
          <Input
            className='ui-field__input'
            type={type}
            value={value}
            maxlength={maxLength}
            placeholder={placeholder}
            placeholderClass='ui-field__placeholder'
            confirmType={confirmType}
            focus={focus}
            ariaLabel={label}
            nativeProps={{ 'aria-label': label }}
            onInput={(e) => onInput(e.detail.value)}
            onConfirm={onConfirm}
          />
        )}
      </View>
      {counter && maxLength ? (
        <Text className='ui-field__counter'>
          {Array.from(value).length}/{maxLength}
        </Text>
      ) : null}
      {error ? <Text className='ui-field__error'>⚠ {error}</Text> : null}
    </View>
  )
}
