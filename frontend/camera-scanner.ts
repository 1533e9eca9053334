// <hn-camera-scanner>: reads QR codes from the phone's or laptop's camera and hands each decoded text to the
// server as a "code-scanned" event (the gate page sends it through the same check-in as a USB scanner).
// Decoding runs in the browser with ZXing (pure JavaScript, no download at run time: works on a closed network).
import { BrowserQRCodeReader } from '@zxing/browser';

const SAME_CODE_PAUSE_MS = 4000;
const SCAN_EVERY_MS = 150;
const AFTER_A_CODE_MS = 600;

class CameraScanner extends HTMLElement {
  /** Frames looked at and the last error that was not "no code in this frame": read by the browser test. */
  framesScanned = 0;
  lastError = '';

  private video?: HTMLVideoElement;
  private readonly canvas = document.createElement('canvas');
  private readonly reader = new BrowserQRCodeReader();
  private stream?: MediaStream;
  private timer?: number;
  private starting = false;
  private stopped = 0; // counts stop() calls: a start() overtaken by a stop() gives its camera back
  private lastText = '';
  private lastAt = 0;

  connectedCallback() {
    if (!this.video) {
      this.video = document.createElement('video');
      this.video.muted = true;
      this.video.setAttribute('playsinline', '');
      this.appendChild(this.video);
    }
  }

  disconnectedCallback() {
    this.stop();
  }

  async start() {
    if (this.stream || this.starting) {
      return;
    }
    if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
      this.failed('insecure');
      return;
    }
    this.starting = true;
    const stopsBefore = this.stopped;
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      if (!this.isConnected || this.stopped !== stopsBefore) {
        stream.getTracks().forEach((track) => track.stop());
        return;
      }
      this.stream = stream;
      this.video!.srcObject = stream;
      await this.video!.play();
      if (this.stopped === stopsBefore) {
        this.setAttribute('running', '');
        this.scanNextFrame(0);
      }
    } catch (e) {
      if (this.stopped === stopsBefore) {
        this.failed(e instanceof Error ? e.name : 'error');
      }
    } finally {
      this.starting = false;
    }
  }

  stop() {
    this.stopped++;
    clearTimeout(this.timer);
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = undefined;
    if (this.video) {
      this.video.srcObject = null;
    }
    this.removeAttribute('running');
  }

  // ZXing's own scan loop sizes its canvas once, when playback starts. A video without its size yet (0 × 0)
  // then stops the loop silently, and a phone turned sideways is cut off. Here each frame is drawn at the
  // video's size of the moment, and a frame without a size is skipped.
  private scanNextFrame(delay: number) {
    this.timer = window.setTimeout(() => {
      if (!this.stream) {
        return;
      }
      const text = this.decodeFrame();
      if (text !== undefined) {
        this.decoded(text);
      }
      this.scanNextFrame(text === undefined ? SCAN_EVERY_MS : AFTER_A_CODE_MS);
    }, delay);
  }

  private decodeFrame(): string | undefined {
    const { videoWidth: width, videoHeight: height } = this.video!;
    if (width === 0 || height === 0) {
      return undefined;
    }
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    this.canvas.getContext('2d', { willReadFrequently: true })!.drawImage(this.video!, 0, 0, width, height);
    this.framesScanned++;
    try {
      return this.reader.decodeFromCanvas(this.canvas).getText();
    } catch (e) {
      const kind = (e as { getKind?: () => string }).getKind?.();
      if (kind !== 'NotFoundException' && kind !== 'ChecksumException' && kind !== 'FormatException') {
        this.lastError = String(e);
      }
      return undefined;
    }
  }

  private decoded(text: string) {
    const now = Date.now();
    if (text === this.lastText && now - this.lastAt < SAME_CODE_PAUSE_MS) {
      return; // the same invitation still in front of the camera
    }
    this.lastText = text;
    this.lastAt = now;
    this.dispatchEvent(new CustomEvent('code-scanned', { detail: { text } }));
  }

  private failed(reason: string) {
    this.stop();
    this.dispatchEvent(new CustomEvent('camera-error', { detail: { reason } }));
  }
}

if (!customElements.get('hn-camera-scanner')) {
  customElements.define('hn-camera-scanner', CameraScanner);
}
