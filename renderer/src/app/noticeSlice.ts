import { ApiError } from '@shared/api/errors';
import type { SliceCreator } from '../store/types';

/** Failures of actions that have no form to show them in (deleting, undoing, switching). */
export interface NoticeSlice {
  error: ApiError | null;
  reportError(err: unknown): void;
  clearError(): void;
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError('INTERNAL', err instanceof Error ? err.message : String(err));
}

export const createNoticeSlice: SliceCreator<NoticeSlice> = (set) => ({
  error: null,
  reportError: (err) => set({ error: toApiError(err) }),
  clearError: () => set({ error: null }),
});
