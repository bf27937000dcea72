import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/shell/error-boundary';
import { ErrorMessage } from '../../src/app/shell/error-message';
import { createI18n } from '../../src/i18n/create-i18n';

function Broken(): never {
  throw new Error('the outcome "gone" does not exist');
}

describe('a screen that fails to render', () => {
  // React reports a caught render error on the console; the test proves what the user sees instead.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('shows what went wrong in words and a way back to the start', async () => {
    const i18n = createI18n('en');
    const toStart = vi.fn();
    render(
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary fallback={(error) => <ErrorMessage error={error} onToStart={toStart} />}>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: i18n.t('error.heading') })).toBeInTheDocument();
    expect(screen.getByText('the outcome "gone" does not exist')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: i18n.t('error.toStart') }));
    expect(toStart).toHaveBeenCalledOnce();
  });
});
