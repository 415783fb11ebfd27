import { Injectable } from '@nestjs/common';
import type { Attributes } from '../../common/json.scalar';
import { AGENT_COLUMNS, IsoDateSchema } from '@yardstick/contracts';
import { z } from 'zod';
import type { Caller } from '../../common/caller';
import { ForbiddenException, InvalidInputException, NotFoundException } from '../../common/domain.exception';
import { AttributesSchema, IdSchema, parseId } from '../../common/ids';
import { parsePaging, stripNulls, type ListArgs } from '../../common/list.args';
import { MoneyInputSchema } from '../../common/money';
import { parseInput } from '../../common/validation';
import { assertCan, can, visibleAgents } from '../auth/access.policy';
import type { AgentEntity } from './agent.entity';
import { AgentsErrorCode, AgentsException } from './agents.exception';
import { AGENT_SORT, AgentsRepository, type AgentColumns, type AgentQuery } from './agents.repository';

const AgentAttributesSchema = AttributesSchema.refine(
  (value) => !Object.keys(value).some((key) => (AGENT_COLUMNS as readonly string[]).includes(key)),
  `attribute names must differ from the agent's own fields: ${AGENT_COLUMNS.join(', ')}`);
const Fields = {
  externalId: z.string().trim().min(1, 'required').max(200),
  name: z.string().trim().min(1, 'required').max(200),
  teamId: IdSchema.nullable(),
  hiredOn: IsoDateSchema.nullable(),
  leftOn: IsoDateSchema.nullable(),
  baseBonus: MoneyInputSchema.nullable(),
  attributes: AgentAttributesSchema,
};
const CreateSchema = z.object({
  ...Fields, teamId: Fields.teamId.default(null), hiredOn: Fields.hiredOn.default(null), leftOn: Fields.leftOn.default(null),
  baseBonus: Fields.baseBonus.default(null), attributes: Fields.attributes.default({}),
});
const UpdateSchema = z.object(Object.fromEntries(
  Object.entries(Fields).map(([key, schema]) => [key, schema.optional()])) as { [K in keyof typeof Fields]: z.ZodOptional<(typeof Fields)[K]> });
const FilterSchema = z.object({
  q: z.string().trim().optional(), ids: z.array(IdSchema).optional(), teamId: IdSchema.optional(),
  externalId: z.string().optional(), active: z.boolean().optional(),
});

export interface AgentFieldsInput {
  externalId?: string | null;
  name?: string | null;
  teamId?: string | number | null;
  hiredOn?: string | null;
  leftOn?: string | null;
  baseBonus?: string | null;
  attributes?: Attributes | null;
}

@Injectable()
export class AgentsService {
  constructor(private readonly repository: AgentsRepository) {}

  /** Agents the caller may see: all, a supervisor's teams, an agent's own record. */
  async list(caller: Caller, args: ListArgs, filter: object = {}): Promise<AgentEntity[]> {
    return this.repository.list(this.query(caller, filter), parsePaging(args, AGENT_SORT, 'name'));
  }

  async count(caller: Caller, filter: object = {}): Promise<number> {
    return this.repository.count(this.query(caller, filter));
  }

  /** null when the agent does not exist or the caller may not see it (the two are not told apart). */
  async get(caller: Caller, id: string | number): Promise<AgentEntity | null> {
    const agentId = parseId(id);
    if (visibleAgents(caller).kind === 'none') assertCan(caller, 'agents:read');
    const agent = await this.repository.findById(agentId);
    return agent && can(caller, 'agents:read', { agentId, teamId: agent.teamId }) ? agent : null;
  }

  /** Whether the caller may see this agent's base bonus. */
  showsCompensation(caller: Caller, agent: AgentEntity): boolean {
    return can(caller, 'compensation:read', { agentId: agent.id, teamId: agent.teamId });
  }

  async create(caller: Caller, input: AgentFieldsInput): Promise<AgentEntity> {
    assertCan(caller, 'org:write');
    const agent = parseInput(CreateSchema, stripNulls(input));
    await this.checkConsistency(agent);
    return this.repository.insert(agent);
  }

  async update(caller: Caller, id: string | number, input: AgentFieldsInput): Promise<AgentEntity> {
    assertCan(caller, 'org:write');
    const agentId = parseId(id);
    const patch = parseInput(UpdateSchema, input) as Partial<AgentColumns>;
    const current = await this.repository.findById(agentId);
    if (!current) throw new NotFoundException('agent', agentId);
    await this.checkConsistency({ ...current, ...patch }, current);
    return this.repository.update(agentId, patch);
  }

  /** Refused while records or a login refer to the agent: set leftOn instead, history stays scorable. */
  async delete(caller: Caller, id: string | number): Promise<AgentEntity> {
    assertCan(caller, 'org:write');
    const agentId = parseId(id);
    const current = await this.repository.findById(agentId);
    if (!current) throw new NotFoundException('agent', agentId);
    const { records, logins } = await this.repository.dependents(agentId);
    if (records > 0) {
      throw new AgentsException(AgentsErrorCode.HasRecords,
        `interaction records refer to the agent ${current.externalId}: set leftOn instead of deleting`);
    }
    if (logins > 0) throw new AgentsException(AgentsErrorCode.HasLogin, `the agent ${current.externalId} has a login: remove it first`);
    await this.repository.delete(agentId);
    return current;
  }

  /** Internal (no caller): record ingestion maps the records' agent ids to agents and their current team. */
  resolveExternalIds(externalIds: readonly string[]): Promise<Map<string, { id: number; teamId: number | null }>> {
    return this.repository.byExternalIds(externalIds);
  }

  private query(caller: Caller, filter: object): AgentQuery {
    const visibility = visibleAgents(caller);
    if (visibility.kind === 'none') throw new ForbiddenException('you are not allowed to read agents');
    return { ...parseInput(FilterSchema, stripNulls(filter)), visibility };
  }

  private async checkConsistency(agent: AgentColumns, current?: AgentEntity): Promise<void> {
    if (agent.hiredOn && agent.leftOn && agent.leftOn < agent.hiredOn) {
      throw new InvalidInputException([{ path: 'leftOn', message: `cannot be before hiredOn (${agent.hiredOn})` }]);
    }
    if (agent.externalId !== current?.externalId && (await this.repository.findByExternalId(agent.externalId))) {
      throw new AgentsException(AgentsErrorCode.ExternalIdTaken,
        `an agent with the external id ${agent.externalId} already exists`, { field: 'externalId' });
    }
    if (agent.teamId !== null && agent.teamId !== current?.teamId && !(await this.repository.teamExists(agent.teamId))) {
      throw new NotFoundException('team', agent.teamId);
    }
  }
}
