import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { castDot, type BallotRefusal, type Dots } from '@veranderlogica/core/sync';

/** What a save writes: the merged Yjs state and the plan as JSON. */
export type Merge = (stored: Uint8Array | undefined) => { readonly state: Uint8Array; readonly json: string } | undefined;

/** A room as the store keeps it. */
export interface RoomRecord {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly closed: boolean;
  readonly created: string;
}

/**
 * Where rooms live: their Yjs state, the plan as JSON beside it (what is
 * stored always parses), the join codes, and the server's signing secret.
 * SQLite for one process; PostgreSQL so several processes share rooms.
 */
export interface RoomStore {
  /** The signing secret, made once and shared by every process on this store. */
  secret(make: () => Buffer): Promise<Buffer>;
  createRoom(room: RoomRecord, state: Uint8Array, json: string): Promise<void>;
  room(id: string): Promise<RoomRecord | undefined>;
  roomByCode(code: string): Promise<RoomRecord | undefined>;
  setClosed(id: string, closed: boolean): Promise<void>;
  load(id: string): Promise<Uint8Array | undefined>;
  /**
   * Saves a room: `merge` gets what is stored now and gives what to store
   * (or nothing, to keep it), inside one transaction, so a process that
   * missed another's last update never stores over it.
   */
  save(id: string, merge: Merge): Promise<void>;
  /** The plan as last stored, as JSON text. */
  json(id: string): Promise<string | undefined>;
  /**
   * A secret ballot: one dot placed or taken back, checked ({@link castDot}) and written in one transaction, so
   * two processes never both spend a voter's last dot. Gives the voter's dots after it, or why not.
   */
  vote(room: string, voter: string, card: string, delta: 1 | -1, budget: number): Promise<{ mine: Dots } | { refused: BallotRefusal }>;
  /** One voter's dots in a room's secret ballot. */
  ballot(room: string, voter: string): Promise<Dots>;
  /** How many have voted, and the totals per card. */
  ballotSummary(room: string): Promise<{ voters: number; totals: Record<string, number> }>;
  /** Takes a voter's dots out of the ballot (a participant removed from the room). */
  forgetBallot(room: string, voter: string): Promise<void>;
  /** A participant removed from a room: their token no longer opens it, on any process. */
  revoke(room: string, person: string): Promise<void>;
  isRevoked(room: string, person: string): Promise<boolean>;
  /**
   * Marks something as done once for one person in a room (a command's key, a +1 on a card), on every process:
   * true the first time, false ever after, until {@link RoomStore.release} gives it back.
   */
  claim(room: string, person: string, what: string): Promise<boolean>;
  /** Gives a claim back (what was claimed was refused after all). */
  release(room: string, person: string, what: string): Promise<void>;
  close(): Promise<void>;
}

function summarise(rows: readonly { dots: string }[]): { voters: number; totals: Record<string, number> } {
  const totals: Record<string, number> = {};
  let voters = 0;
  for (const row of rows) {
    const dots = JSON.parse(row.dots) as Record<string, number>;
    if (Object.keys(dots).length > 0) voters++;
    for (const [card, n] of Object.entries(dots)) totals[card] = (totals[card] ?? 0) + n;
  }
  return { voters, totals };
}

interface Row {
  id: string;
  code: string;
  title: string;
  closed: number | boolean;
  created: string;
}

const record = (row: Row | undefined): RoomRecord | undefined =>
  row && { id: row.id, code: row.code, title: row.title, closed: Boolean(row.closed), created: String(row.created) };

/**
 * Rooms in one SQLite file (Node's built-in `node:sqlite`, no native add-on to build).
 *
 * @example
 * const store = new SqliteStore('./data'); // ./data/rooms.sqlite
 */
export class SqliteStore implements RoomStore {
  readonly #db: DatabaseSync;

  constructor(directory: string) {
    mkdirSync(directory, { recursive: true });
    this.#db = new DatabaseSync(join(directory, 'rooms.sqlite'));
    this.#db.exec(`
      PRAGMA journal_mode = WAL;
      CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS rooms (
        id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, closed INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL, state BLOB NOT NULL, json TEXT NOT NULL, updated TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS ballots (room TEXT NOT NULL, voter TEXT NOT NULL, dots TEXT NOT NULL, PRIMARY KEY (room, voter));
      CREATE TABLE IF NOT EXISTS revoked (room TEXT NOT NULL, person TEXT NOT NULL, PRIMARY KEY (room, person));
      CREATE TABLE IF NOT EXISTS claims (room TEXT NOT NULL, person TEXT NOT NULL, what TEXT NOT NULL, PRIMARY KEY (room, person, what));`);
  }

  secret(make: () => Buffer): Promise<Buffer> {
    const row = this.#db.prepare(`SELECT value FROM settings WHERE key = 'secret'`).get() as { value: Uint8Array } | undefined;
    if (row) return Promise.resolve(Buffer.from(row.value));
    const secret = make();
    this.#db.prepare(`INSERT INTO settings (key, value) VALUES ('secret', ?)`).run(secret);
    return Promise.resolve(secret);
  }

  createRoom(room: RoomRecord, state: Uint8Array, json: string): Promise<void> {
    this.#db
      .prepare(`INSERT INTO rooms (id, code, title, closed, created, state, json, updated) VALUES (?, ?, ?, 0, ?, ?, ?, ?)`)
      .run(room.id, room.code, room.title, room.created, state, json, new Date().toISOString());
    return Promise.resolve();
  }

  room(id: string): Promise<RoomRecord | undefined> {
    return Promise.resolve(
      record(this.#db.prepare(`SELECT id, code, title, closed, created FROM rooms WHERE id = ?`).get(id) as Row | undefined),
    );
  }

  roomByCode(code: string): Promise<RoomRecord | undefined> {
    return Promise.resolve(
      record(this.#db.prepare(`SELECT id, code, title, closed, created FROM rooms WHERE code = ?`).get(code) as Row | undefined),
    );
  }

  setClosed(id: string, closed: boolean): Promise<void> {
    this.#db.prepare(`UPDATE rooms SET closed = ? WHERE id = ?`).run(closed ? 1 : 0, id);
    return Promise.resolve();
  }

  load(id: string): Promise<Uint8Array | undefined> {
    const row = this.#db.prepare(`SELECT state FROM rooms WHERE id = ?`).get(id) as { state: Uint8Array } | undefined;
    return Promise.resolve(row ? new Uint8Array(row.state) : undefined);
  }

  save(id: string, merge: Merge): Promise<void> {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const row = this.#db.prepare(`SELECT state FROM rooms WHERE id = ?`).get(id) as { state: Uint8Array } | undefined;
      const next = merge(row ? new Uint8Array(row.state) : undefined);
      if (next)
        this.#db
          .prepare(`UPDATE rooms SET state = ?, json = ?, updated = ? WHERE id = ?`)
          .run(next.state, next.json, new Date().toISOString(), id);
      this.#db.exec('COMMIT');
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
    return Promise.resolve();
  }

  json(id: string): Promise<string | undefined> {
    const row = this.#db.prepare(`SELECT json FROM rooms WHERE id = ?`).get(id) as { json: string } | undefined;
    return Promise.resolve(row?.json);
  }

  vote(room: string, voter: string, card: string, delta: 1 | -1, budget: number): Promise<{ mine: Dots } | { refused: BallotRefusal }> {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const row = this.#db.prepare(`SELECT dots FROM ballots WHERE room = ? AND voter = ?`).get(room, voter) as
        { dots: string } | undefined;
      const { n } = this.#db.prepare(`SELECT count(*) AS n FROM ballots WHERE room = ?`).get(room) as { n: number };
      const next = castDot(row ? (JSON.parse(row.dots) as Dots) : {}, card, delta, { budget, voters: n });
      if (typeof next === 'string') {
        this.#db.exec('ROLLBACK');
        return Promise.resolve({ refused: next });
      }
      if (Object.keys(next).length === 0) this.#db.prepare(`DELETE FROM ballots WHERE room = ? AND voter = ?`).run(room, voter);
      else
        this.#db
          .prepare(`INSERT INTO ballots (room, voter, dots) VALUES (?, ?, ?) ON CONFLICT (room, voter) DO UPDATE SET dots = excluded.dots`)
          .run(room, voter, JSON.stringify(next));
      this.#db.exec('COMMIT');
      return Promise.resolve({ mine: next });
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  ballot(room: string, voter: string): Promise<Dots> {
    const row = this.#db.prepare(`SELECT dots FROM ballots WHERE room = ? AND voter = ?`).get(room, voter) as { dots: string } | undefined;
    return Promise.resolve(row ? (JSON.parse(row.dots) as Dots) : {});
  }

  ballotSummary(room: string): Promise<{ voters: number; totals: Record<string, number> }> {
    return Promise.resolve(summarise(this.#db.prepare(`SELECT dots FROM ballots WHERE room = ?`).all(room) as { dots: string }[]));
  }

  forgetBallot(room: string, voter: string): Promise<void> {
    this.#db.prepare(`DELETE FROM ballots WHERE room = ? AND voter = ?`).run(room, voter);
    return Promise.resolve();
  }

  revoke(room: string, person: string): Promise<void> {
    this.#db.prepare(`INSERT INTO revoked (room, person) VALUES (?, ?) ON CONFLICT DO NOTHING`).run(room, person);
    return Promise.resolve();
  }

  isRevoked(room: string, person: string): Promise<boolean> {
    return Promise.resolve(this.#db.prepare(`SELECT 1 FROM revoked WHERE room = ? AND person = ?`).get(room, person) !== undefined);
  }

  claim(room: string, person: string, what: string): Promise<boolean> {
    const { changes } = this.#db
      .prepare(`INSERT INTO claims (room, person, what) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`)
      .run(room, person, what);
    return Promise.resolve(Number(changes) === 1);
  }

  release(room: string, person: string, what: string): Promise<void> {
    this.#db.prepare(`DELETE FROM claims WHERE room = ? AND person = ? AND what = ?`).run(room, person, what);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.#db.close();
    return Promise.resolve();
  }
}

/**
 * Rooms in PostgreSQL, so several server processes share them.
 *
 * @example
 * const store = await PostgresStore.connect(process.env.DATABASE_URL!);
 */
export class PostgresStore implements RoomStore {
  readonly #pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  static async connect(url: string, options: { readonly schema?: string } = {}): Promise<PostgresStore> {
    const schema = options.schema ?? 'veranderlogica';
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Not a schema name: ${schema}`);
    const pool = new pg.Pool({ connectionString: url, max: 5, options: `-c search_path=${schema}` });
    // Two processes starting at once both create the tables: one waits for the other.
    const client = await pool.connect();
    try {
      await client.query(`SELECT pg_advisory_lock(7451)`);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(`
        CREATE TABLE IF NOT EXISTS ${schema}.settings (key TEXT PRIMARY KEY, value BYTEA NOT NULL);
        CREATE TABLE IF NOT EXISTS ${schema}.rooms (
          id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, closed BOOLEAN NOT NULL DEFAULT FALSE,
          created TEXT NOT NULL, state BYTEA NOT NULL, json TEXT NOT NULL, updated TIMESTAMPTZ NOT NULL DEFAULT now()
        );
        CREATE TABLE IF NOT EXISTS ${schema}.ballots (room TEXT NOT NULL, voter TEXT NOT NULL, dots TEXT NOT NULL, PRIMARY KEY (room, voter));
        CREATE TABLE IF NOT EXISTS ${schema}.revoked (room TEXT NOT NULL, person TEXT NOT NULL, PRIMARY KEY (room, person));
        CREATE TABLE IF NOT EXISTS ${schema}.claims (room TEXT NOT NULL, person TEXT NOT NULL, what TEXT NOT NULL, PRIMARY KEY (room, person, what));`);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(7451)`).catch(() => undefined);
      client.release();
    }
    return new PostgresStore(pool);
  }

  async secret(make: () => Buffer): Promise<Buffer> {
    await this.#pool.query(`INSERT INTO settings (key, value) VALUES ('secret', $1) ON CONFLICT (key) DO NOTHING`, [make()]);
    const { rows } = await this.#pool.query<{ value: Buffer }>(`SELECT value FROM settings WHERE key = 'secret'`);
    return rows[0]!.value;
  }

  async createRoom(room: RoomRecord, state: Uint8Array, json: string): Promise<void> {
    await this.#pool.query(`INSERT INTO rooms (id, code, title, created, state, json) VALUES ($1, $2, $3, $4, $5, $6)`, [
      room.id,
      room.code,
      room.title,
      room.created,
      Buffer.from(state),
      json,
    ]);
  }

  async room(id: string): Promise<RoomRecord | undefined> {
    const { rows } = await this.#pool.query<Row>(`SELECT id, code, title, closed, created FROM rooms WHERE id = $1`, [id]);
    return record(rows[0]);
  }

  async roomByCode(code: string): Promise<RoomRecord | undefined> {
    const { rows } = await this.#pool.query<Row>(`SELECT id, code, title, closed, created FROM rooms WHERE code = $1`, [code]);
    return record(rows[0]);
  }

  async setClosed(id: string, closed: boolean): Promise<void> {
    await this.#pool.query(`UPDATE rooms SET closed = $2 WHERE id = $1`, [id, closed]);
  }

  async load(id: string): Promise<Uint8Array | undefined> {
    const { rows } = await this.#pool.query<{ state: Buffer }>(`SELECT state FROM rooms WHERE id = $1`, [id]);
    return rows[0] ? new Uint8Array(rows[0].state) : undefined;
  }

  async save(id: string, merge: Merge): Promise<void> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ state: Buffer }>(`SELECT state FROM rooms WHERE id = $1 FOR UPDATE`, [id]);
      const next = merge(rows[0] ? new Uint8Array(rows[0].state) : undefined);
      if (next)
        await client.query(`UPDATE rooms SET state = $2, json = $3, updated = now() WHERE id = $1`, [
          id,
          Buffer.from(next.state),
          next.json,
        ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async json(id: string): Promise<string | undefined> {
    const { rows } = await this.#pool.query<{ json: string }>(`SELECT json FROM rooms WHERE id = $1`, [id]);
    return rows[0]?.json;
  }

  async vote(
    room: string,
    voter: string,
    card: string,
    delta: 1 | -1,
    budget: number,
  ): Promise<{ mine: Dots } | { refused: BallotRefusal }> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      // One room's ballot at a time, across processes: the count of voters and each budget hold.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [room]);
      const { rows } = await client.query<{ dots: string }>(`SELECT dots FROM ballots WHERE room = $1 AND voter = $2`, [room, voter]);
      const counted = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ballots WHERE room = $1`, [room]);
      const next = castDot(rows[0] ? (JSON.parse(rows[0].dots) as Dots) : {}, card, delta, { budget, voters: Number(counted.rows[0]!.n) });
      if (typeof next === 'string') {
        await client.query('ROLLBACK');
        return { refused: next };
      }
      if (Object.keys(next).length === 0) await client.query(`DELETE FROM ballots WHERE room = $1 AND voter = $2`, [room, voter]);
      else
        await client.query(
          `INSERT INTO ballots (room, voter, dots) VALUES ($1, $2, $3) ON CONFLICT (room, voter) DO UPDATE SET dots = excluded.dots`,
          [room, voter, JSON.stringify(next)],
        );
      await client.query('COMMIT');
      return { mine: next };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async ballot(room: string, voter: string): Promise<Dots> {
    const { rows } = await this.#pool.query<{ dots: string }>(`SELECT dots FROM ballots WHERE room = $1 AND voter = $2`, [room, voter]);
    return rows[0] ? (JSON.parse(rows[0].dots) as Dots) : {};
  }

  async ballotSummary(room: string): Promise<{ voters: number; totals: Record<string, number> }> {
    const { rows } = await this.#pool.query<{ dots: string }>(`SELECT dots FROM ballots WHERE room = $1`, [room]);
    return summarise(rows);
  }

  async forgetBallot(room: string, voter: string): Promise<void> {
    await this.#pool.query(`DELETE FROM ballots WHERE room = $1 AND voter = $2`, [room, voter]);
  }

  async revoke(room: string, person: string): Promise<void> {
    await this.#pool.query(`INSERT INTO revoked (room, person) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [room, person]);
  }

  async isRevoked(room: string, person: string): Promise<boolean> {
    const { rows } = await this.#pool.query(`SELECT 1 FROM revoked WHERE room = $1 AND person = $2`, [room, person]);
    return rows.length > 0;
  }

  async claim(room: string, person: string, what: string): Promise<boolean> {
    const { rowCount } = await this.#pool.query(`INSERT INTO claims (room, person, what) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      room,
      person,
      what,
    ]);
    return rowCount === 1;
  }

  async release(room: string, person: string, what: string): Promise<void> {
    await this.#pool.query(`DELETE FROM claims WHERE room = $1 AND person = $2 AND what = $3`, [room, person, what]);
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
