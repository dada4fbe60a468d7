import { describe, expect, it, vi } from 'vitest';
import { isTransientMessagingError, RETRY_DELAYS_MS, sendWaking, withRetries } from '../../../contract/messaging.ts';

const restarting = () =>
  new Error(
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
  );
const noWait = async () => {};

describe('messages to a background that restarts', () => {
  it('are sent again, and the answer arrives as if nothing happened', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(restarting())
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValue('saved');
    await expect(withRetries(send, noWait)).resolves.toBe('saved');
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('give up after the last retry with a plain message, never the browser’s raw text', async () => {
    const send = vi.fn().mockRejectedValue(restarting());
    const error = (await withRetries(send, noWait).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe("Sourcelight's background did not answer. Please try again in a moment.");
    expect(send).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
  });

  it('are not retried when the background refused them', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Your browser refused to store more notes: the disk or its quota is full.'));
    await expect(withRetries(send, noWait)).rejects.toThrow(/quota/);
    expect(send).toHaveBeenCalledTimes(1);
    expect(isTransientMessagingError(new Error('Refused: not from Sourcelight.'))).toBe(false);
  });
});

describe('messages to a tab whose page is no article', () => {
  const nobody = () => new Error('Could not establish connection. Receiving end does not exist.');

  it('open the loader’s channel when nothing listens, and arrive on the second try', async () => {
    const send = vi.fn().mockRejectedValueOnce(nobody()).mockResolvedValue({ ok: true, value: 'report' });
    const openChannel = vi.fn().mockResolvedValue(undefined);
    await expect(sendWaking(send, openChannel)).resolves.toEqual({ ok: true, value: 'report' });
    expect([send.mock.calls.length, openChannel.mock.calls.length]).toEqual([2, 1]);
  });

  it('keep the browser’s error in a tab with no loader (opened before the install, a browser page)', async () => {
    const send = vi.fn().mockRejectedValue(nobody());
    await expect(sendWaking(send, vi.fn().mockResolvedValue(undefined))).rejects.toThrow(/Receiving end/);
    await expect(sendWaking(send, vi.fn().mockRejectedValue(new Error('Cannot access a chrome:// URL')))).rejects.toThrow(
      /Receiving end/,
    );
  });

  it('never open anything for an answer that is a refusal', async () => {
    const openChannel = vi.fn();
    await expect(sendWaking(vi.fn().mockRejectedValue(new Error('Refused.')), openChannel)).rejects.toThrow('Refused.');
    expect(openChannel).not.toHaveBeenCalled();
  });
});
