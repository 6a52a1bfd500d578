import { useCallback, useEffect, useRef, useState } from 'react';
import { DownloadError, downloadFile, saveBlob, type DownloadProgress } from './download';

export type DownloadState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: DownloadProgress }
  | { phase: 'done'; fileName: string; progress: DownloadProgress }
  | { phase: 'failed'; message: string; code: string | null }
  | { phase: 'cancelled' };

type StartOptions = { fallbackName: string; countRows: boolean };

const NOTHING_YET: DownloadProgress = { bytes: 0, rows: 0, totalBytes: null };

/** One download at a time, with progress and Cancel; leaving the page cancels it too. */
export function useDownload() {
  const [state, setState] = useState<DownloadState>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      running.current?.abort();
    },
    [],
  );

  const start = useCallback(async (url: string, options: StartOptions) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const current = () => running.current === controller;
    setState({ phase: 'running', progress: NOTHING_YET });
    try {
      const file = await downloadFile(url, {
        ...options,
        signal: controller.signal,
        onProgress: progress => {
          if (current()) setState({ phase: 'running', progress });
        },
      });
      if (controller.signal.aborted) throw controller.signal.reason;
      saveBlob(file.blob, file.fileName);
      setState({ phase: 'done', fileName: file.fileName, progress: file });
    } catch (error) {
      if (!current()) return;
      if (controller.signal.aborted) setState({ phase: 'cancelled' });
      else
        setState({
          phase: 'failed',
          message:
            error instanceof DownloadError
              ? error.message
              : 'The download failed on our side. Try again in a moment.',
          code: error instanceof DownloadError ? error.code : null,
        });
    } finally {
      if (current()) running.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    running.current?.abort();
  }, []);

  const reset = useCallback(() => {
    if (!running.current) setState({ phase: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
