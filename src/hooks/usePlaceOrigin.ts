// The point distances are measured from, as the places store holds it now: one answer for the
// map tab's list and a place's detail page.
import { useMemo } from 'react'
import { originOf, type Origin } from '../domain/places/origin'
import { usePlacesStore } from '../stores/usePlacesStore'

export function usePlaceOrigin(): Origin {
  const places = usePlacesStore((s) => s.places)
  const user = usePlacesStore((s) => s.user)
  const street = usePlacesStore((s) => s.street)
  const originMode = usePlacesStore((s) => s.originMode)
  return useMemo(() => originOf({ user, street, originMode, places }), [user, street, originMode, places])
}
