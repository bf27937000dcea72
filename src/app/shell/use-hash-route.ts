import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/**
 * A screen with an address of its own (#name): a plain link opens it, the browser's Back closes it, and a reload or
 * bookmark lands on it. Returns whether it is shown and how to leave it.
 */
export function useHashRoute(name: string): [shown: boolean, leave: () => void] {
  const shown = useSyncExternalStore(subscribe, () => window.location.hash === `#${name}`);
  const leave = () => {
    window.location.hash = '';
  };
  return [shown, leave];
}
