// The full phone rule is large: fetch it once the page is up, not before. Until it arrives (or
// when it cannot, offline) the form checks the number's shape and the server checks the rest.
import { useEffect, useState } from 'react';

type PhoneRule = (typed: string) => boolean;

export function usePhoneRule(): PhoneRule | undefined {
  const [isPhone, setIsPhone] = useState<PhoneRule>();
  useEffect(() => {
    let live = true;
    const load = () =>
      import('./phone-rule').then(
        (m) => live && setIsPhone(() => m.isPhone),
        () => undefined, // offline: the server checks the number
      );
    const idle = window.requestIdleCallback?.(load, { timeout: 2000 }) ?? window.setTimeout(load, 300);
    return () => {
      live = false;
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, []);
  return isPhone;
}
