import { Injectable, Logger } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { REPO_ROOT } from '../../config/paths';
import { AuthService } from '../auth/auth.service';
import { UsersService } from '../auth/users.service';
import { DemoRepository } from './demo.repository';
import { DEMO_ADMIN, DEMO_API_KEY, DEMO_LOGINS, type DemoLogin } from './demo.credentials';

// Fills an EMPTY database (no users) with the demo: the seeder creates the demo admin, then runs the registered
// steps in `order`, each through the ordinary services with that admin as the caller. Contexts add their own
// step from their module (see `register`): organisation 100, records 200, scorecards 300.

export interface DemoContext {
  /** the demo admin: pass it to services so every access check and audit column stays real */
  readonly admin: Caller;
  /** the repository root: demo fixtures live in the repository, nothing outside it is read */
  readonly repoRoot: string;
  log(line: string): void;
}

export interface DemoStep {
  /** shown in the log: "demo: loading <name>" */
  readonly name: string;
  /** steps run in ascending order: organisation 100, interaction records 200, scorecards 300 */
  readonly order: number;
  run(context: DemoContext): Promise<void>;
}

export interface DemoBanner {
  logins: DemoLogin[];
  apiKey: string | null;
}

@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');
  private readonly steps: DemoStep[] = [];

  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly repository: DemoRepository,
  ) {}

  /** Call from a provider's constructor or onModuleInit; the seed runs after the app is initialised. */
  register(step: DemoStep): void {
    if (this.steps.some((known) => known.name === step.name)) throw new Error(`demo step ${step.name} registered twice`);
    this.steps.push(step);
  }

  registeredSteps(): readonly DemoStep[] {
    return [...this.steps].sort((a, b) => a.order - b.order);
  }

  /**
   * Seeds an empty database (no users, groups, teams, agents, keys or records); returns false and touches nothing
   * otherwise. A failing step empties the database again and rethrows.
   */
  async seedIfEmpty(): Promise<boolean> {
    if (!(await this.repository.isEmpty())) return false;
    try {
      await this.seed();
    } catch (error) {
      // the database was empty before: emptying it again lets the next start retry from scratch
      await this.repository.empty().catch((cleanup: unknown) => this.logger.error(`emptying the database failed: ${String(cleanup)}`));
      throw error;
    }
    return true;
  }

  private async seed(): Promise<void> {
    const admin = await this.users.insertUser({ ...DEMO_ADMIN, teamIds: [] });
    const context: DemoContext = {
      admin: await this.auth.callerOf(admin),
      repoRoot: REPO_ROOT,
      log: (line) => this.logger.log(line),
    };
    for (const step of this.registeredSteps()) {
      const started = Date.now();
      try {
        await step.run(context);
      } catch (error) {
        throw new Error(`the demo step "${step.name}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      this.logger.log(`demo: ${step.name} loaded in ${Date.now() - started} ms`);
    }
  }

  /** The demo logins and key that still work, for the start-up banner. */
  async banner(): Promise<DemoBanner> {
    const logins: DemoLogin[] = [];
    for (const login of DEMO_LOGINS) if (await this.auth.checkPassword(login.username, login.password)) logins.push(login);
    const apiKey = await this.auth.authenticate({ apiKey: DEMO_API_KEY }).then(() => DEMO_API_KEY, () => null);
    return { logins, apiKey };
  }
}
