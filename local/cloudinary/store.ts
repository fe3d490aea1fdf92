/**
 * The stand-in's media library on disk: for each asset, its original bytes and a JSON record, so
 * uploads survive a restart. File names are a hash of the public_id, because public_ids hold `/`
 * (folders) and characters a file system may refuse.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What Cloudinary keeps about an image, enough to rebuild its API resource. */
export interface AssetRecord {
  asset_id: string;
  public_id: string;
  version: number;
  version_id: string;
  format: string;
  width: number;
  height: number;
  bytes: number;
  etag: string;
  created_at: string;
  tags: string[];
  /** `context.custom` as Cloudinary returns it; absent when none was given. */
  context?: Record<string, string>;
  original_filename: string;
  folder: string;
}

export class AssetStore {
  private readonly dir: string;

  constructor(storageDir: string) {
    this.dir = join(storageDir, 'image', 'upload');
  }

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  private paths(publicId: string): { meta: string; data: string } {
    const key = createHash('sha256').update(publicId, 'utf8').digest('hex').slice(0, 40);
    return { meta: join(this.dir, `${key}.json`), data: join(this.dir, `${key}.bin`) };
  }

  async get(publicId: string): Promise<AssetRecord | undefined> {
    try {
      const record = JSON.parse(await readFile(this.paths(publicId).meta, 'utf8')) as AssetRecord;
      // A hash collision is practically impossible, but a wrong asset would be worse than a 404.
      return record.public_id === publicId ? record : undefined;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async readOriginal(publicId: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.paths(publicId).data);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  /** Bytes first, then the record (each written whole and renamed), so a crash never leaves a record without its file. */
  async put(record: AssetRecord, data: Buffer): Promise<void> {
    const { meta, data: dataPath } = this.paths(record.public_id);
    const tmp = `.${process.pid}.${Date.now()}.tmp`;
    await writeFile(dataPath + tmp, data);
    await rename(dataPath + tmp, dataPath);
    await writeFile(meta + tmp, JSON.stringify(record, null, 2));
    await rename(meta + tmp, meta);
  }

  /** Removes an asset; false when there was none (Cloudinary's "not found"). */
  async remove(publicId: string): Promise<boolean> {
    if (!(await this.get(publicId))) return false;
    const { meta, data } = this.paths(publicId);
    await rm(meta, { force: true });
    await rm(data, { force: true });
    return true;
  }
}
