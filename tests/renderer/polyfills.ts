/**
 * What Radix needs from a browser that jsdom does not provide. Layout-free
 * stand-ins: tests assert what the user reads and can do, not geometry.
 */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/**
 * The one rule of Radix Themes' stylesheet that changes accessible names: tab
 * links carry a hidden copy of their label (to reserve the bold width). Real
 * browsers load styles.css; jsdom gets just this rule.
 */
function installThemeRules(): void {
  const style = document.createElement('style');
  style.textContent = '.rt-BaseTabListTriggerInnerHidden { visibility: hidden; }';
  document.head.append(style);
}

export function installDomPolyfills(): void {
  installThemeRules();
  globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

  const proto = Element.prototype as Element & {
    hasPointerCapture?: (id: number) => boolean;
    setPointerCapture?: (id: number) => void;
    releasePointerCapture?: (id: number) => void;
  };
  proto.hasPointerCapture ??= () => false;
  proto.setPointerCapture ??= () => {};
  proto.releasePointerCapture ??= () => {};
  Element.prototype.scrollIntoView ??= () => {};

  if (typeof window.PointerEvent === 'undefined') {
    class PointerEventStub extends MouseEvent {
      readonly pointerId: number;
      readonly pointerType: string;
      constructor(type: string, init: PointerEventInit = {}) {
        super(type, init);
        this.pointerId = init.pointerId ?? 1;
        this.pointerType = init.pointerType ?? 'mouse';
      }
    }
    window.PointerEvent = PointerEventStub as unknown as typeof PointerEvent;
  }

  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
