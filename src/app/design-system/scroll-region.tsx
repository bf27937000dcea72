import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A wide table in a region of its own that scrolls sideways on a narrow screen, so the page itself never does
 * (WCAG 1.4.10 allows this for data tables). While it scrolls it takes the keyboard focus, so arrow keys scroll it.
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    // Without ResizeObserver (jsdom) the region stays out of the tab order, as on a wide screen.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrolls(element.scrollWidth > element.clientWidth));
    // The region's width changes with the window, the table's with its language.
    for (const observed of [element, ...element.children]) observer.observe(observed);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="scroll-region"
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
