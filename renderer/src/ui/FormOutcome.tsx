import { Text } from '@radix-ui/themes';
import type { ApiError } from '@shared/api/errors';
import { ApiErrorCallout } from './ApiErrorCallout';

/** Under a form's button: the sentence that says it was saved (announced), or what went wrong. */
export function FormOutcome({ saved, error }: { saved: string | null; error: ApiError | null }) {
  return (
    <>
      {saved !== null ? (
        <Text size="2" role="status">
          {saved}
        </Text>
      ) : null}
      {error ? <ApiErrorCallout error={error} /> : null}
    </>
  );
}
