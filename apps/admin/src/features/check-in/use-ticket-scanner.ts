// The desk's camera while it looks for a ticket: starts it, reads a few frames a second until one
// shows a ticket of ours (`LR1:<code>`, @life-relay/domain's ticket.ts), and stops it the moment
// it has one, the dialog closes, or the page goes.
import { parseTicket } from '@life-relay/domain';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { qrReader } from './qr-reader';

/** Frames read per second: enough to feel instant, little enough for an old tablet. */
const READS_PER_SECOND = 6;

export type ScannerState = 'starting' | 'scanning' | 'notATicket' | 'noCamera' | 'denied';

export function useTicketScanner(videoRef: RefObject<HTMLVideoElement | null>, active: boolean, onTicket: (code: string) => void): ScannerState {
  const [state, setState] = useState<ScannerState>('starting');
  // The latest callback, without restarting the camera when it changes.
  const found = useRef(onTicket);
  useEffect(() => {
    found.current = onTicket;
  });

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;

    void (async () => {
      if (!navigator.mediaDevices?.getUserMedia) return setState('noCamera');
      try {
        // The camera on the back of a tablet, where there is one.
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
      } catch (error) {
        if (!stopped) setState((error as DOMException)?.name === 'NotAllowedError' ? 'denied' : 'noCamera');
        return;
      }
      const video = videoRef.current;
      if (stopped || !video) return stream.getTracks().forEach((track) => track.stop());
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      const read = await qrReader();
      setState('scanning');
      const tick = async () => {
        if (stopped) return;
        const text = video.readyState >= video.HAVE_CURRENT_DATA ? await read(video).catch(() => null) : null;
        if (stopped) return;
        const code = text ? parseTicket(text) : null;
        if (code) return found.current(code);
        // Another QR code (a team's poster): said, and the camera keeps looking.
        if (text) setState('notATicket');
        timer = setTimeout(() => void tick(), 1000 / READS_PER_SECOND);
      };
      void tick();
    })();

    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [active, videoRef]);

  return state;
}
