import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentEntity } from './agent.entity';
import { AgentsRepository } from './agents.repository';
import { AgentsResolver } from './agents.resolver';
import { AgentsService } from './agents.service';

@Module({
  imports: [TypeOrmModule.forFeature([AgentEntity])],
  providers: [AgentsRepository, AgentsService, AgentsResolver],
  exports: [AgentsService],
})
export class AgentsModule {}
