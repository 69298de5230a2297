import type { ApiError } from '@shared/api/errors';
import { toApiError } from '@renderer/app/noticeSlice';
import { todayIso } from '@renderer/features/cycle/dates';
import type { AppState, GetState, SliceCreator } from './types';

export type HouseholdViewStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * The store fields of one backend-computed view of the loaded household, each
 * named after the view (`evaluation`, `evaluationStatus`, …) so components
 * read them like any other field.
 */
export type HouseholdViewFields<P extends string, V, S extends string = HouseholdViewStatus> = Record<P, V | null> &
  /** The day the view was computed for, and the household it belongs to. */
  Record<`${P}AsOf` | `${P}HouseholdId`, string | null> &
  Record<`${P}Status`, S> &
  /** True while a newer view is on its way (the last one stays on screen meanwhile). */
  Record<`${P}Refreshing`, boolean> &
  Record<`${P}Error`, ApiError | null>;

export interface HouseholdViewSpec<V, S extends string> {
  /** Asks the backend for the view of one household as of a day; `also` goes into the store with it. */
  fetch(householdId: string, asOf: string): Promise<{ value: V; also?: Partial<AppState> }>;
  /** Whether a view in this status stays on screen while the same household's next one loads. */
  keepShown(status: S | HouseholdViewStatus): boolean;
  /** A failure that is a state of its own rather than a problem to show (e.g. "no plan yet"). */
  statusOfError?(error: ApiError): S | null;
}

type SetState = Parameters<SliceCreator<unknown>>[0];

/**
 * One view of the loaded household, refreshed on demand: household data can
 * change faster than the backend answers, so only the newest answer is shown,
 * and an answer for another household than the loaded one never lands.
 */
export function createHouseholdView<P extends string, V, S extends string = HouseholdViewStatus>(
  prefix: P,
  spec: HouseholdViewSpec<V, S>,
  set: SetState,
  get: GetState,
): { initial: HouseholdViewFields<P, V, S>; refresh(): Promise<void> } {
  const key = {
    value: prefix,
    asOf: `${prefix}AsOf`,
    householdId: `${prefix}HouseholdId`,
    status: `${prefix}Status`,
    refreshing: `${prefix}Refreshing`,
    error: `${prefix}Error`,
  } as const;
  // The field names are built from the prefix, which TypeScript cannot follow into `set`.
  const fields = (values: Partial<Record<keyof typeof key, unknown>>, also: Partial<AppState> = {}) =>
    ({
      ...Object.fromEntries(Object.entries(values).map(([name, v]) => [key[name as keyof typeof key], v])),
      ...also,
    }) as Partial<AppState>;
  const read = (state: AppState, name: keyof typeof key) => (state as unknown as Record<string, unknown>)[key[name]];
  let latest = 0;

  const initial = fields({
    value: null,
    asOf: null,
    householdId: null,
    status: 'idle',
    refreshing: false,
    error: null,
  }) as unknown as HouseholdViewFields<P, V, S>;

  const refresh = async () => {
    const householdId = get().loadedHouseholdId;
    const request = ++latest;
    if (!householdId) {
      set(fields({ value: null, householdId: null, status: 'idle', refreshing: false }));
      return;
    }
    const sameHousehold = read(get(), 'householdId') === householdId;
    set(
      sameHousehold && spec.keepShown(read(get(), 'status') as S)
        ? fields({ refreshing: true })
        : fields({ value: null, status: 'loading', refreshing: true, error: null }),
    );
    const asOf = todayIso();
    try {
      const { value, also } = await spec.fetch(householdId, asOf);
      if (request !== latest) return;
      set(fields({ value, asOf, householdId, status: 'ready', refreshing: false, error: null }, also));
    } catch (err) {
      if (request !== latest) return;
      const error = toApiError(err);
      const status = spec.statusOfError?.(error) ?? null;
      set(
        fields({
          value: null,
          asOf,
          householdId,
          status: status ?? 'failed',
          refreshing: false,
          error: status === null ? error : null,
        }),
      );
    }
  };

  return { initial, refresh };
}
