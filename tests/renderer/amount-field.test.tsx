/** The shared amount field: label, unit, hint and error read together, in either language. */
import { Theme } from '@radix-ui/themes';
import { render, screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { applyLocale } from '@renderer/i18n';
import { AmountFormField } from '@renderer/ui/AmountFormField';

function PoolField({ error }: { error?: string }) {
  const { t } = useTranslation(['planAndLines', 'errors']);
  return (
    <AmountFormField
      id="pool"
      label={t('planAndLines:fields.poolGB')}
      hint={t('planAndLines:fields.poolGBHint')}
      error={error === undefined ? undefined : t('errors:field.number')}
      defaultValue="abc"
    />
  );
}

describe('amount field', () => {
  it('shows GB after the amount and, in English, its error under it, read with the field', () => {
    render(
      <Theme>
        <PoolField error="number" />
      </Theme>,
    );
    const input = screen.getByRole('textbox', { name: 'Pool size (GB)' });
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Enter a number\./);
    expect(screen.getByText('Enter a number.')).toBeVisible();
    expect(input.parentElement).toHaveTextContent('GB');
  });

  it('says the same in Chinese, with the unit still in decimal GB', () => {
    applyLocale('zh-CN');
    render(
      <Theme>
        <PoolField error="number" />
      </Theme>,
    );
    const input = screen.getByRole('textbox', { name: '流量池大小（GB）' });
    expect(input).toHaveAccessibleDescription(/请输入数字。/);
    expect(screen.getByText('请输入数字。')).toBeVisible();
    expect(input.parentElement).toHaveTextContent('GB');
  });

  it('is not marked invalid without an error, and can show another unit or none', () => {
    render(
      <Theme>
        <PoolField />
        <AmountFormField id="price" label="Price" prefix="$" unit={null} />
        <AmountFormField id="speed" label="Speed" unit="kbps" />
      </Theme>,
    );
    expect(screen.getByRole('textbox', { name: 'Pool size (GB)' })).not.toHaveAttribute('aria-invalid');
    const price = screen.getByRole('textbox', { name: 'Price' });
    expect(price.parentElement).toHaveTextContent('$');
    expect(price.parentElement).not.toHaveTextContent('GB');
    expect(screen.getByRole('textbox', { name: 'Speed' }).parentElement).toHaveTextContent('kbps');
  });
});
