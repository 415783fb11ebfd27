import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FieldDefinitionEntity } from './field-definition.entity';
import { FieldsRepository } from './fields.repository';
import { FieldsResolver } from './fields.resolver';
import { FieldsService } from './fields.service';

@Module({
  imports: [TypeOrmModule.forFeature([FieldDefinitionEntity])],
  providers: [FieldsRepository, FieldsService, FieldsResolver],
  exports: [FieldsService],
})
export class FieldsModule {}
