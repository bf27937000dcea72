import { Heading, type HeadingLevel } from './nl-design-system';
import { useEffect, useRef, type ReactNode } from 'react';

type Props = {
  level: HeadingLevel;
  /** How big it looks, when that differs from its place in the outline. */
  appearance?: HeadingLevel;
  children: ReactNode;
  focusOnMount?: boolean;
  id?: string;
};

/** A screen's heading that takes focus when it mounts, so keyboard and screen-reader users start reading at the new step. */
export function FocusHeading({ level, appearance = level, children, focusOnMount = true, id }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <Heading level={level} appearanceLevel={appearance} ref={ref} id={id} tabIndex={-1} className="focus-heading">
      {children}
    </Heading>
  );
}
