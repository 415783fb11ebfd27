import { Injectable } from '@nestjs/common';
import type { Attributes } from '../../common/json.scalar';
import { z } from 'zod';
import type { Caller } from '../../common/caller';
import { ForbiddenException, NotFoundException } from '../../common/domain.exception';
import { AttributesSchema, IdSchema, parseId } from '../../common/ids';
import { parsePaging, stripNulls, type ListArgs } from '../../common/list.args';
import { parseInput } from '../../common/validation';
import { assertCan, can, visibleTeams } from '../auth/access.policy';
import type { TeamEntity } from './team.entity';
import { TeamsErrorCode, TeamsException } from './teams.exception';
import { TEAM_SORT, TeamsRepository, type TeamQuery } from './teams.repository';

const NameSchema = z.string().trim().min(1, 'required').max(200);
const CreateSchema = z.object({ name: NameSchema, groupId: IdSchema.nullable().default(null), attributes: AttributesSchema.default({}) });
const UpdateSchema = z.object({ name: NameSchema.optional(), groupId: IdSchema.nullable().optional(), attributes: AttributesSchema.optional() });
const FilterSchema = z.object({ q: z.string().trim().optional(), ids: z.array(IdSchema).optional(), groupId: IdSchema.optional() });

export interface TeamFieldsInput {
  name?: string | null;
  groupId?: string | number | null;
  attributes?: Attributes | null;
}

@Injectable()
export class TeamsService {
  constructor(private readonly repository: TeamsRepository) {}

  async list(caller: Caller, args: ListArgs, filter: object = {}): Promise<TeamEntity[]> {
    return this.repository.list(this.query(caller, filter), parsePaging(args, TEAM_SORT, 'name'));
  }

  async count(caller: Caller, filter: object = {}): Promise<number> {
    return this.repository.count(this.query(caller, filter));
  }

  /** null when the team does not exist or the caller may not see it (the two are not told apart). */
  async get(caller: Caller, id: string | number): Promise<TeamEntity | null> {
    const teamId = parseId(id);
    if (visibleTeams(caller).kind === 'none') assertCan(caller, 'teams:read');
    if (!can(caller, 'teams:read', { teamId })) return null;
    return this.repository.findById(teamId);
  }

  async create(caller: Caller, input: TeamFieldsInput): Promise<TeamEntity> {
    assertCan(caller, 'org:write');
    const team = parseInput(CreateSchema, stripNulls(input));
    await this.assertNameFree(team.name);
    if (team.groupId !== null) await this.assertGroupExists(team.groupId);
    return this.repository.insert(team);
  }

  async update(caller: Caller, id: string | number, input: TeamFieldsInput): Promise<TeamEntity> {
    assertCan(caller, 'org:write');
    const teamId = parseId(id);
    const patch = parseInput(UpdateSchema, input);
    const current = await this.repository.findById(teamId);
    if (!current) throw new NotFoundException('team', teamId);
    if (patch.name !== undefined && patch.name !== current.name) await this.assertNameFree(patch.name);
    if (patch.groupId) await this.assertGroupExists(patch.groupId);
    return this.repository.update(teamId, patch);
  }

  /** Refused while agents are in the team or records were made in it: history must keep its team. */
  async delete(caller: Caller, id: string | number): Promise<TeamEntity> {
    assertCan(caller, 'org:write');
    const teamId = parseId(id);
    const current = await this.repository.findById(teamId);
    if (!current) throw new NotFoundException('team', teamId);
    const { agents, records } = await this.repository.dependents(teamId);
    if (agents > 0) {
      throw new TeamsException(TeamsErrorCode.HasAgents,
        `the team ${current.name} still has ${agents} agent(s): move them to another team first`, { agents });
    }
    if (records > 0) {
      throw new TeamsException(TeamsErrorCode.HasRecords,
        `interaction records were made in the team ${current.name}: it cannot be deleted, rename it instead`);
    }
    await this.repository.delete(teamId);
    return current;
  }

  private query(caller: Caller, filter: object): TeamQuery {
    const visible = visibleTeams(caller);
    if (visible.kind === 'none') throw new ForbiddenException('you are not allowed to read teams');
    const query: TeamQuery = parseInput(FilterSchema, stripNulls(filter));
    if (visible.kind === 'teams') query.within = visible.teamIds;
    return query;
  }

  private async assertNameFree(name: string): Promise<void> {
    if (await this.repository.findByName(name)) {
      throw new TeamsException(TeamsErrorCode.NameTaken, `a team named ${name} already exists`, { field: 'name' });
    }
  }

  private async assertGroupExists(groupId: number): Promise<void> {
    if (!(await this.repository.groupExists(groupId))) throw new NotFoundException('group', groupId);
  }
}
