import type { z } from 'zod';
import { channelPages, pageOfFragment, type PageName } from '../../preload/bridgeShape';
import { invokeChannels, type InvokeChannel, type PayloadOf, type Reply, type ResultOf } from '../../preload/contract';
import type { IpcCall, IpcMainLike } from '../platform/electronApi';


type Outcome<C extends InvokeChannel> = ResultOf<C> | string;

/** A handler answers at once, or later for work that waits on the OS (a save dialog). */
export type Handlers = { [C in InvokeChannel]: (payload: PayloadOf<C>) => Outcome<C> | Promise<Outcome<C>> };

/**
 * Which pages may call each channel (one table, shared with the preload): the settings page
 * cannot answer a break, the break cannot change a setting. Compiles only while it covers every
 * channel of the contract.
 */
const PAGES_OF: { readonly [C in InvokeChannel]: readonly PageName[] } = channelPages;

/** The page a sender shows, from its address fragment; null for an address that names none. */
function pageOf(url: string): PageName | null {
  try {
    return pageOfFragment(new URL(url).hash);
  } catch {
    return null;
  }
}

/**
 * Registers one handler per contract channel. Each checks the sender first (a frame of ours,
 * showing our own page, and a page that uses this channel), then parses the payload from
 * `unknown`; anything else gets an error reply and the handler never runs. A handler returns its
 * result, or a string saying why the request was refused.
 */
export function registerHandlers(ipcMain: IpcMainLike, isOurFrame: (url: string) => boolean, handlers: Handlers): () => void {
  const channels = Object.keys(invokeChannels) as InvokeChannel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload) => handleCall(channel, event, payload, isOurFrame, handlers));
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

function handleCall<C extends InvokeChannel>(
  channel: C,
  event: IpcCall,
  payload: unknown,
  isOurFrame: (url: string) => boolean,
  handlers: Handlers,
): Reply<ResultOf<C>> | Promise<Reply<ResultOf<C>>> {
  const url = event.senderFrame?.url;
  if (url === undefined || !isOurFrame(url)) return { ok: false, error: `${channel}: refused, the sender is not a Breakwise window` };
  const page = pageOf(url);
  if (page === null) return { ok: false, error: `${channel}: refused, the sender's address names no Breakwise page` };
  if (!PAGES_OF[channel].includes(page)) return { ok: false, error: `${channel}: refused, the ${page} page does not use it` };
  const schema: z.ZodType = invokeChannels[channel].payload;
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');
    return { ok: false, error: `${channel}: bad payload (${problems})` };
  }
  const outcome = (handlers[channel] as (p: unknown) => Outcome<C> | Promise<Outcome<C>>)(parsed.data);
  const reply = (answer: Outcome<C>): Reply<ResultOf<C>> => (typeof answer === 'string' ? { ok: false, error: answer } : { ok: true, value: answer });
  return outcome instanceof Promise ? outcome.then(reply, (error: Error) => ({ ok: false, error: `${channel}: ${error.message}` })) : reply(outcome);
}
