import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(): Promise<OrganisationEntity> {
    return this.db.getRepository(OrganisationEntity).findOneByOrFail({ id: 1 });
  }

  /** Saves the settings; a new time zone moves every period boundary, so all stored snapshots become stale. */
  async update(patch: Partial<Pick<OrganisationEntity, 'name' | 'timeZone'>>, zoneChanged: boolean): Promise<OrganisationEntity> {
    return this.db.transaction(async (manager) => {
      await manager.getRepository(OrganisationEntity).update({ id: 1 }, patch);
      if (zoneChanged) await manager.query('UPDATE snapshot_runs SET stale = true WHERE NOT stale');
      return manager.getRepository(OrganisationEntity).findOneByOrFail({ id: 1 });
    });
  }
}
