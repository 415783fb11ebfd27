import { Injectable } from '@nestjs/common';
import type { Attributes } from '../../common/json.scalar';
import { z } from 'zod';
import type { Caller } from '../../common/caller';
import { NotFoundException } from '../../common/domain.exception';
import { AttributesSchema, IdSchema, parseId } from '../../common/ids';
import { parsePaging, stripNulls, type ListArgs } from '../../common/list.args';
import { parseInput } from '../../common/validation';
import { assertCan } from '../auth/access.policy';
import type { GroupEntity } from './group.entity';
import { GroupsErrorCode, GroupsException } from './groups.exception';
import { GROUP_SORT, GroupsRepository, type GroupQuery } from './groups.repository';

const NameSchema = z.string().trim().min(1, 'required').max(200);
const KindSchema = z.enum(['site', 'vendor'], { error: 'expected site or vendor' });
const CreateSchema = z.object({ name: NameSchema, kind: KindSchema.default('site'), attributes: AttributesSchema.default({}) });
const UpdateSchema = z.object({ name: NameSchema.optional(), kind: KindSchema.optional(), attributes: AttributesSchema.optional() });
const FilterSchema = z.object({ q: z.string().trim().optional(), ids: z.array(IdSchema).optional(), kind: KindSchema.optional() });

export interface GroupFieldsInput {
  name?: string | null;
  kind?: string | null;
  attributes?: Attributes | null;
}

/** Groups are organisation structure without personal data: every user (and `read` integrations) may read them. */
@Injectable()
export class GroupsService {
  constructor(private readonly repository: GroupsRepository) {}

  async list(caller: Caller, args: ListArgs, filter: object = {}): Promise<GroupEntity[]> {
    assertCan(caller, 'org:read');
    return this.repository.list(this.query(filter), parsePaging(args, GROUP_SORT, 'name'));
  }

  async count(caller: Caller, filter: object = {}): Promise<number> {
    assertCan(caller, 'org:read');
    return this.repository.count(this.query(filter));
  }

  async get(caller: Caller, id: string | number): Promise<GroupEntity | null> {
    assertCan(caller, 'org:read');
    return this.repository.findById(parseId(id));
  }

  async create(caller: Caller, input: GroupFieldsInput): Promise<GroupEntity> {
    assertCan(caller, 'org:write');
    const group = parseInput(CreateSchema, stripNulls(input));
    await this.assertNameFree(group.name);
    return this.repository.insert(group);
  }

  async update(caller: Caller, id: string | number, input: GroupFieldsInput): Promise<GroupEntity> {
    assertCan(caller, 'org:write');
    const groupId = parseId(id);
    const patch = parseInput(UpdateSchema, input);
    const current = await this.repository.findById(groupId);
    if (!current) throw new NotFoundException('group', groupId);
    if (patch.name !== undefined && patch.name !== current.name) await this.assertNameFree(patch.name);
    return this.repository.update(groupId, patch);
  }

  async delete(caller: Caller, id: string | number): Promise<GroupEntity> {
    assertCan(caller, 'org:write');
    const groupId = parseId(id);
    const current = await this.repository.findById(groupId);
    if (!current) throw new NotFoundException('group', groupId);
    const teams = await this.repository.teamCount(groupId);
    if (teams > 0) {
      throw new GroupsException(GroupsErrorCode.HasTeams,
        `the group ${current.name} still has ${teams} team(s): move them to another group first`, { teams });
    }
    await this.repository.delete(groupId);
    return current;
  }

  private query(filter: object): GroupQuery {
    return parseInput(FilterSchema, stripNulls(filter));
  }

  private async assertNameFree(name: string): Promise<void> {
    if (await this.repository.findByName(name)) {
      throw new GroupsException(GroupsErrorCode.NameTaken, `a group named ${name} already exists`, { field: 'name' });
    }
  }
}
