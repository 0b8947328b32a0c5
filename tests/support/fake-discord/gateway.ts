/**
 * The gateway half of the fake: a JSON websocket (no compression) on the same port as the REST server, speaking
 * what @discordjs/ws needs. HELLO with a heartbeat interval; an ACK for every heartbeat; IDENTIFY answered with
 * READY and the guild's GUILD_CREATE (the client emits `ready` only once every guild in READY has arrived);
 * RESUME answered by replaying the dispatches the client missed and RESUMED, or by INVALID_SESSION when the
 * session is gone, after which the client identifies afresh. Dispatches sent while the client is away wait in
 * the session's buffer, as on Discord, and are lost if the session is invalidated.
 */
import type http from 'node:http';
import { GatewayDispatchEvents, GatewayOpcodes, type GatewayIdentifyData, type GatewayResumeData } from 'discord.js';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { opaqueToken } from './ids.js';
import { asRecord } from './limits.js';
import { guildCreatePayload, readyPayload, type World } from './world.js';

export type IdentifyRecord = Omit<GatewayIdentifyData, 'token'>;

export interface ResumeRecord {
  sessionId: string;
  seq: number;
  accepted: boolean;
  /** How many missed dispatches were replayed before RESUMED. */
  replayed: number;
}

/** What became of a dispatch: written to the client, kept for replay on RESUME, or lost for want of a session. */
export type Delivery = 'sent' | 'buffered' | 'dropped';

export interface CloseOptions {
  /** Keep the session so the client can RESUME (default); false makes its RESUME fail with INVALID_SESSION. */
  resumable?: boolean;
}

export interface Gateway {
  url: string;
  identifies: IdentifyRecord[];
  resumes: ResumeRecord[];
  dispatch(event: GatewayDispatchEvents, data: unknown): Delivery;
  /** Resolves once a client is connected and identified or resumed (at once if one is). */
  ready(): Promise<void>;
  /** Closes the client's connection with `code`; 1006 drops it without a close frame, like a network failure. */
  close(code: number, options?: CloseOptions): Promise<void>;
  stop(): Promise<void>;
}

interface Dispatch {
  op: GatewayOpcodes.Dispatch;
  t: GatewayDispatchEvents;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  seq: number;
  /** Recent dispatches, for replay on RESUME. */
  buffer: Dispatch[];
  /** The connection currently attached to the session, if any. */
  socket?: WebSocket;
}

/** Discord keeps a bounded backlog per session; a client away for longer has to identify again. */
const REPLAY_BUFFER = 1000;
const ABNORMAL_CLOSURE = 1006;
/** Close codes with which a client gives up its session (it will identify, not resume, next time). */
const SESSION_ENDING_CODES = new Set([1000, 1001]);

export interface GatewayOptions {
  server: http.Server;
  url: string;
  world: World;
  heartbeatIntervalMs: number;
}

export function startGateway({ server, url, world, heartbeatIntervalMs }: GatewayOptions): Gateway {
  const wss = new WebSocketServer({ server });
  const resumeUrl = `${url}/resume`;
  const identifies: IdentifyRecord[] = [];
  const resumes: ResumeRecord[] = [];
  let session: Session | undefined;
  let readyWaiters: (() => void)[] = [];

  const send = (socket: WebSocket, payload: unknown): void => {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
  };

  const becameLive = (): void => {
    for (const wake of readyWaiters) wake();
    readyWaiters = [];
  };

  const dispatch = (event: GatewayDispatchEvents, data: unknown): Delivery => {
    if (!session) return 'dropped';
    const payload: Dispatch = { op: GatewayOpcodes.Dispatch, t: event, s: ++session.seq, d: data };
    session.buffer.push(payload);
    if (session.buffer.length > REPLAY_BUFFER) session.buffer.shift();
    if (!session.socket) return 'buffered';
    send(session.socket, payload);
    return 'sent';
  };

  const identify = (socket: WebSocket, data: GatewayIdentifyData): void => {
    if (data.token !== world.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const { token: _token, ...withoutToken } = data;
    identifies.push(withoutToken);
    session = { id: opaqueToken(16), seq: 0, buffer: [], socket };
    dispatch(GatewayDispatchEvents.Ready, readyPayload(world, session.id, resumeUrl));
    dispatch(GatewayDispatchEvents.GuildCreate, guildCreatePayload(world));
    becameLive();
  };

  const resume = (socket: WebSocket, data: GatewayResumeData): void => {
    const missed = session?.buffer.filter((payload) => payload.s > data.seq) ?? [];
    const continuous = missed.length === (session?.seq ?? 0) - data.seq;
    const accepted = session !== undefined && session.id === data.session_id && data.token === world.token && continuous;
    resumes.push({ sessionId: data.session_id, seq: data.seq, accepted, replayed: accepted ? missed.length : 0 });
    if (!session || !accepted) {
      send(socket, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
      return;
    }
    session.socket = socket;
    for (const payload of missed) send(socket, payload);
    dispatch(GatewayDispatchEvents.Resumed, null);
    becameLive();
  };

  const onMessage = (socket: WebSocket, raw: RawData): void => {
    let message: Record<string, unknown>;
    try {
      message = asRecord(JSON.parse(raw.toString()));
    } catch {
      socket.close(4002, 'Error while decoding payload.');
      return;
    }
    switch (message.op) {
      case GatewayOpcodes.Heartbeat:
        send(socket, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        break;
      case GatewayOpcodes.Identify:
        identify(socket, message.d as GatewayIdentifyData);
        break;
      case GatewayOpcodes.Resume:
        resume(socket, message.d as GatewayResumeData);
        break;
      default:
        // Presence updates, member requests and the like change nothing in the fake's world.
        break;
    }
  };

  wss.on('connection', (socket) => {
    socket.on('message', (raw) => onMessage(socket, raw));
    socket.on('close', (code) => {
      if (session?.socket !== socket) return;
      session.socket = undefined;
      if (SESSION_ENDING_CODES.has(code)) session = undefined;
    });
    send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: heartbeatIntervalMs }, s: null, t: null });
  });

  return {
    url,
    identifies,
    resumes,
    dispatch,
    ready: () => new Promise<void>((resolve) => (session?.socket ? resolve() : readyWaiters.push(resolve))),
    async close(code, { resumable = true } = {}) {
      const socket = session?.socket;
      if (!session || !socket) return;
      if (resumable) session.socket = undefined;
      else session = undefined;
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      if (code === ABNORMAL_CLOSURE) socket.terminate();
      else socket.close(code, 'Closed by the test');
      await closed;
    },
    async stop() {
      for (const socket of wss.clients) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
