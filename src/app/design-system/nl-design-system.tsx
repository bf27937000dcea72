import type { ComponentPropsWithRef, ReactNode } from 'react';

/**
 * The NL Design System components we use, as thin bindings to its CSS (@rijkshuisstijl-community/components-css),
 * rendering the same markup as @rijkshuisstijl-community/components-react. We do not ship that package: it
 * added 156 KB gzip to the start page and injects its CSS at run time, which a strict CSP forbids.
 */
const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

type ButtonAppearance = 'primary-action-button' | 'secondary-action-button' | 'subtle-button';
const buttonModifier: Record<ButtonAppearance, string> = {
  'primary-action-button': 'utrecht-button--primary-action',
  'secondary-action-button': 'utrecht-button--secondary-action',
  'subtle-button': 'utrecht-button--subtle',
};

export function Button({
  appearance,
  pressed,
  className,
  type = 'button',
  ...props
}: ComponentPropsWithRef<'button'> & { appearance: ButtonAppearance; pressed?: boolean }) {
  return (
    <button
      type={type}
      aria-pressed={pressed}
      className={classes('utrecht-button', buttonModifier[appearance], pressed && 'utrecht-button--pressed', className)}
      {...props}
    />
  );
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export function Heading({
  level,
  appearanceLevel = level,
  className,
  ...props
}: ComponentPropsWithRef<'h1'> & { level: HeadingLevel; appearanceLevel?: HeadingLevel }) {
  const Tag = `h${level}` as const;
  return (
    <Tag
      className={classes('nl-heading', `nl-heading--level-${appearanceLevel}`, 'rhc-heading', className)}
      {...props}
    />
  );
}

export function Paragraph({
  purpose,
  className,
  children,
  ...props
}: ComponentPropsWithRef<'p'> & { purpose?: 'lead' }) {
  return (
    <p className={classes('nl-paragraph', purpose === 'lead' && 'nl-paragraph--lead', className)} {...props}>
      {purpose === 'lead' ? <b className="nl-paragraph__lead">{children}</b> : children}
    </p>
  );
}

/** An error interrupts (role="alert" by default); a warning is read in its place unless a role is given. */
export function Alert({
  type,
  role = type === 'error' ? 'alert' : undefined,
  children,
}: {
  type: 'error' | 'warning' | 'info';
  role?: string;
  children: ReactNode;
}) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role={role}>
          {children}
        </div>
      </div>
    </div>
  );
}

export function ActionGroup({ className, ...props }: ComponentPropsWithRef<'p'>) {
  return <p className={classes('utrecht-action-group', 'utrecht-action-group--row', className)} {...props} />;
}

type Invalid = { invalid?: boolean };

export function Checkbox({ invalid, className, ...props }: ComponentPropsWithRef<'input'> & Invalid) {
  return (
    <input
      type="checkbox"
      className={classes(
        'utrecht-checkbox',
        'utrecht-checkbox--html-input',
        'utrecht-checkbox--custom',
        invalid && 'utrecht-checkbox--invalid',
        className,
      )}
      aria-invalid={invalid || undefined}
      {...props}
    />
  );
}

export function Radio({ invalid, className, ...props }: ComponentPropsWithRef<'input'> & Invalid) {
  return (
    <input
      type="radio"
      className={classes(
        'utrecht-radio-button',
        'utrecht-radio-button--html-input',
        invalid && 'utrecht-radio-button--invalid',
        className,
      )}
      aria-invalid={invalid || undefined}
      {...props}
    />
  );
}

export function TextInput({ invalid, className, type = 'text', ...props }: ComponentPropsWithRef<'input'> & Invalid) {
  return (
    <input
      type={type}
      dir="auto"
      className={classes(
        'utrecht-textbox',
        'utrecht-textbox--html-input',
        invalid && 'utrecht-textbox--invalid',
        className,
      )}
      aria-invalid={invalid || undefined}
      {...props}
    />
  );
}

export function Textarea({ invalid, className, ...props }: ComponentPropsWithRef<'textarea'> & Invalid) {
  return (
    <textarea
      dir="auto"
      className={classes(
        'utrecht-textarea',
        'utrecht-textarea--html-textarea',
        invalid && 'utrecht-textarea--invalid',
        className,
      )}
      aria-invalid={invalid || undefined}
      {...props}
    />
  );
}

export function FormFieldErrorMessage({ className, ...props }: ComponentPropsWithRef<'div'>) {
  return <div className={classes('utrecht-form-field-error-message', className)} {...props} />;
}
