// <hn-camera-scanner>: reads QR codes from the phone's or laptop's camera and hands each decoded text to the
// server as a "code-scanned" event (the gate page sends it through the same check-in as a USB scanner).
// Decoding runs in the browser with ZXing (pure JavaScript, no download at run time: works on a closed network).
import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';

const SAME_CODE_PAUSE_MS = 4000;

class CameraScanner extends HTMLElement {
  private video?: HTMLVideoElement;
  private controls?: IScannerControls;
  private starting = false;
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
    if (this.controls || this.starting) {
      return;
    }
    if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
      this.failed('insecure');
      return;
    }
    this.starting = true;
    try {
      const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150, delayBetweenScanSuccess: 600 });
      this.controls = await reader.decodeFromConstraints({ video: { facingMode: 'environment' } }, this.video!,
        (result) => result && this.decoded(result.getText()));
      if (!this.isConnected) {
        this.stop();
        return;
      }
      this.setAttribute('running', '');
    } catch (e) {
      this.failed(e instanceof Error ? e.name : 'error');
    } finally {
      this.starting = false;
    }
  }

  stop() {
    this.controls?.stop();
    this.controls = undefined;
    this.removeAttribute('running');
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
