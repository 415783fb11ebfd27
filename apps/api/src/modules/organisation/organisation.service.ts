import { Injectable } from '@nestjs/common';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import type { Caller } from '../../common/caller';
import { parseInput } from '../../common/validation';
import { assertCan } from '../auth/access.policy';
import type { OrganisationEntity } from './organisation.entity';
import { OrganisationRepository } from './organisation.repository';

const UpdateSchema = z.object({
  name: z.string().trim().min(1, 'required').max(200).optional(),
  timeZone: z.string().trim()
    .refine((zone) => IANAZone.isValidZone(zone), 'expected an IANA time zone such as Asia/Shanghai or UTC')
    .optional(),
});

@Injectable()
export class OrganisationService {
  constructor(private readonly repository: OrganisationRepository) {}

  async get(caller: Caller): Promise<OrganisationEntity> {
    assertCan(caller, 'org:read');
    return this.repository.get();
  }

  async update(caller: Caller, input: { name?: string | null; timeZone?: string | null }): Promise<OrganisationEntity> {
    assertCan(caller, 'org:write');
    const patch = parseInput(UpdateSchema, { name: input.name ?? undefined, timeZone: input.timeZone ?? undefined });
    const current = await this.repository.get();
    const zoneChanged = patch.timeZone !== undefined && patch.timeZone !== current.timeZone;
    return this.repository.update(patch, zoneChanged);
  }

  /** The organisation's IANA zone, for services that compute periods (no caller: not exposed by itself). */
  async timeZone(): Promise<string> {
    return (await this.repository.get()).timeZone;
  }
}
