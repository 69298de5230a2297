import { Button, Flex, Text } from '@radix-ui/themes';
import type { ApiError } from '@shared/api/errors';
import { ApiErrorCallout } from './ApiErrorCallout';

/** What a page shows when the backend could not compute its view: the error and Retry, or a plain "failed". */
export function LoadFailed(props: {
  error: ApiError | null;
  retryLabel: string;
  onRetry(): void;
  /** Said when there is no error to show. */
  failedText: string;
}) {
  if (!props.error) return <Text>{props.failedText}</Text>;
  return (
    <ApiErrorCallout error={props.error}>
      <Flex justify="end">
        <Button size="1" variant="soft" color="red" onClick={props.onRetry}>
          {props.retryLabel}
        </Button>
      </Flex>
    </ApiErrorCallout>
  );
}
