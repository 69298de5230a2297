/**
 * What a test file's hooks set up is made anew for every test (or describe
 * block), so a file holds a view of it rather than the values: each property
 * read goes to what the hooks made for the test running now.
 */
export function liveView<T extends object>(current: () => T): T {
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(current(), key),
  });
}
