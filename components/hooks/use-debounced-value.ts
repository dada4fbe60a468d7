import { useEffect, useState } from 'preact/hooks';

/** The value, once it has stayed the same for `delay` ms (typing settles before a search runs). */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
