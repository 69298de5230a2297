import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '@shared/api/errors';
import { toApiError } from '../app/noticeSlice';
import { fieldIssuesOf } from '../i18n/validation';

/**
 * What a form does with a failed save: problems the backend found in this
 * form's fields go next to those fields; anything else shows above the
 * buttons. The form keeps every value either way.
 */
export function useSubmitError<V extends FieldValues>(setError: UseFormSetError<V>, prefix: string) {
  const [error, setApiError] = useState<ApiError | null>(null);
  const handle = (err: unknown) => {
    const { fields, rest } = fieldIssuesOf(toApiError(err), prefix);
    for (const f of fields) setError(f.name as Path<V>, { type: 'server', message: f.message });
    setApiError(rest);
  };
  /** Runs a save: the last failure goes first, a new one is reported instead of thrown. */
  const attempt = async (save: () => Promise<void>) => {
    setApiError(null);
    try {
      await save();
    } catch (err) {
      handle(err);
    }
  };
  return { error, attempt };
}
