import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SizeOptions {
  /** The element to measure: a part of the shadow root, found again after each update; the host by default. */
  target?: () => Element | null;
  /** Changes smaller than this many px are ignored (avoids re-rendering on a scrollbar's flicker). */
  threshold?: number;
}

/**
 * The width a chart has to draw in, shared by every element: one ResizeObserver per element,
 * watching the host or a part of its shadow root (re-found after each update), updating the host
 * on the next frame (never inside the observer's callback, which the page would report as a
 * "ResizeObserver loop"). A hidden element measures 0: the last width is kept.
 */
export class SizeController implements ReactiveController {
  /** The measured content width in px; 0 until first measured. */
  width = 0;
  private _observer?: ResizeObserver;
  private _observed?: Element;
  private _frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SizeOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this._observe();
  }

  hostUpdated(): void {
    this._observe();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._observed = undefined;
    cancelAnimationFrame(this._frame);
  }

  private _observe(): void {
    // An update can still run after the element was removed: observe only while connected.
    if (!this.host.isConnected) return;
    const target = this.options.target ? this.options.target() : this.host;
    if (!target || target === this._observed) return;
    this._observer ??= new ResizeObserver((entries) => {
      const w = Math.floor(entries[entries.length - 1]!.contentRect.width);
      cancelAnimationFrame(this._frame);
      if (w > 0 && Math.abs(w - this.width) > (this.options.threshold ?? 0)) {
        this._frame = requestAnimationFrame(() => {
          this.width = w;
          this.host.requestUpdate();
        });
      }
    });
    if (this._observed) this._observer.unobserve(this._observed);
    this._observer.observe(target);
    this._observed = target;
  }
}
