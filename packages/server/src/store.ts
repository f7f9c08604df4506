import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';

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
  close(): Promise<void>;
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
      );`);
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
        );`);
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

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
