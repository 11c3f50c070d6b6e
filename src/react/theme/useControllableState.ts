import { useCallback, useRef, useState } from "react";

/**
 * A value that is controlled when `value` is not undefined and kept in state otherwise; `set`
 * calls `onChange` in both cases (and updates the state only when uncontrolled).
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T | (() => T),
  onChange?: (next: T) => void,
): readonly [T, (next: T) => void] {
  const [inner, setInner] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : inner;
  const ref = useRef({ current, controlled, onChange });
  ref.current = { current, controlled, onChange };
  const set = useCallback((next: T) => {
    const { current: prev, controlled: isControlled, onChange: notify } = ref.current;
    if (Object.is(prev, next)) return;
    if (!isControlled) setInner(next);
    ref.current.current = next;
    notify?.(next);
  }, []);
  return [current, set] as const;
}
