import { useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '@shared/api/errors';
import { toApiError } from '../app/noticeSlice';
import { fieldIssuesOf } from '../i18n/validation';

/**
 * What a form does with a failed save: problems the backend found in this
 * form's fields go next to those fields; anything else shows above the
 * buttons. The form keeps every value either way.
 *
 * `fieldOf` turns the backend's name of a field (below `prefix`) into the
 * form's, or null where the form has no field for it; then the whole error
 * shows above the buttons, so no problem goes unsaid.
 */
export function useSubmitError<V extends FieldValues>(
  setError: UseFormSetError<V>,
  prefix: string,
  fieldOf: (name: string) => Path<V> | null = (name) => name as Path<V>,
) {
  const [error, setApiError] = useState<ApiError | null>(null);
  const handle = (err: unknown) => {
    const apiError = toApiError(err);
    const { fields, rest } = fieldIssuesOf(apiError, prefix);
    let unplaced = false;
    for (const f of fields) {
      const field = fieldOf(f.name);
      if (field) setError(field, { type: 'server', message: f.message });
      else unplaced = true;
    }
    setApiError(rest ?? (unplaced ? apiError : null));
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
