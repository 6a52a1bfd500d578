import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.js';
import type { ImportResourceName } from './import-fields.js';
import type { RowResult } from './import-plan.js';
import type { ImportPresetName } from './import-presets.js';
import type { FileInfo, ImportResult, Report } from './import.service.js';

// Enum values equal their names: clients (and generated tests) may send either.
export enum ImportResourceEnum {
  CUSTOMER = 'CUSTOMER',
  PROJECT = 'PROJECT',
  TASK = 'TASK',
  USER = 'USER',
  TIME_ENTRY = 'TIME_ENTRY',
}

export const RESOURCE_OF: Record<ImportResourceEnum, ImportResourceName> = {
  CUSTOMER: 'customer',
  PROJECT: 'project',
  TASK: 'task',
  USER: 'user',
  TIME_ENTRY: 'timeEntry',
};

const ENUM_OF = Object.fromEntries(
  Object.entries(RESOURCE_OF).map(([e, r]) => [r, e as ImportResourceEnum]),
) as Record<ImportResourceName, ImportResourceEnum>;
registerEnumType(ImportResourceEnum, {
  name: 'ImportResource',
  description:
    'What a CSV import creates or updates (USER: people, added as invitations, or as active accounts when the file gives a PBKDF2-SHA256 password hash).',
});

export enum ImportPresetEnum {
  KIMAI = 'KIMAI',
  HARVEST = 'HARVEST',
  CLOCKIFY = 'CLOCKIFY',
  TOGGL = 'TOGGL',
}

export const PRESET_OF: Record<ImportPresetEnum, ImportPresetName> = {
  KIMAI: 'kimai',
  HARVEST: 'harvest',
  CLOCKIFY: 'clockify',
  TOGGL: 'toggl',
};
registerEnumType(ImportPresetEnum, {
  name: 'ImportPreset',
  description: 'The time-entry CSV export of another tool: matches its columns and date format.',
});

export enum ImportDateFormatEnum {
  YMD = 'YMD',
  DMY = 'DMY',
  MDY = 'MDY',
}
registerEnumType(ImportDateFormatEnum, {
  name: 'ImportDateFormat',
  description: 'How dates with slashes are read: 2026-11-02 always works.',
});

export enum ImportOutcomeEnum {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  REFUSED = 'REFUSED',
}
registerEnumType(ImportOutcomeEnum, { name: 'ImportOutcome' });

@InputType('ImportColumnInput')
export class ImportColumnInput {
  @Field(() => String, { description: 'The field key, as in ImportField.key.' }) field!: string;
  @Field(() => String, { nullable: true, description: 'A header of the file; null: not imported.' })
  column?: string | null;
}

@InputType('ImportInput')
export class ImportInput {
  @Field(() => ID, { description: 'The id answered by POST /import/files.' }) uploadId!: string;
  @Field(() => ImportResourceEnum) resource!: ImportResourceEnum;
  @Field(() => ImportPresetEnum, { nullable: true, description: 'Time entries only.' })
  preset?: ImportPresetEnum | null;
  @Field(() => [ImportColumnInput], {
    nullable: true,
    description:
      'The whole mapping (fields left out are not imported); omitted: matched by header.',
  })
  mapping?: ImportColumnInput[] | null;
  @Field(() => String, { nullable: true, description: 'Overrides the detected encoding.' })
  encoding?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Overrides the detected delimiter: comma, semicolon, tab or pipe.',
  })
  delimiter?: string | null;
  @Field(() => ImportDateFormatEnum, { nullable: true, description: 'Overrides the detected one.' })
  dateFormat?: ImportDateFormatEnum | null;
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Time entries: create the customers, projects and tasks they name that are missing.',
  })
  createMissing!: boolean;
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'People: mail each new person an invitation to choose a password (not those given a password hash).',
  })
  sendInvitations!: boolean;
}

@ObjectType('ImportFile', { simpleResolvers: true })
export class ImportFileNode {
  @Field(() => ID) uploadId!: string;
  @Field(() => String) fileName!: string;
  @Field(() => Int) bytes!: number;
  @Field(() => String, { description: 'Detected (or chosen) encoding, e.g. UTF-8, windows-1252.' })
  encoding!: string;
  @Field(() => String) delimiter!: string;
  @Field(() => [String], { description: 'The column headers of the first line.' })
  headers!: string[];
  @Field(() => Int, { description: 'Data rows (empty lines not counted).' }) rows!: number;
  @Field(() => ImportDateFormatEnum) dateFormat!: ImportDateFormatEnum;
  @Field(() => Boolean, { description: 'False when the dates did not tell and a default applied.' })
  dateFormatDetected!: boolean;

  static from(f: FileInfo): ImportFileNode {
    return Object.assign(new ImportFileNode(), f);
  }
}

@ObjectType('ImportField', { simpleResolvers: true })
export class ImportFieldNode {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => String) description!: string;
  @Field(() => Boolean) required!: boolean;
  @Field(() => String, { nullable: true, description: 'The file column mapped to it, or null.' })
  column!: string | null;
}

@ObjectType('ImportProblem', { simpleResolvers: true })
export class ImportProblemNode {
  @Field(() => String, { nullable: true, description: 'The column as headed in the file.' })
  column!: string | null;
  @Field(() => String, { nullable: true, description: 'The field it was read for.' })
  field!: string | null;
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
}

@ObjectType('ImportRow', { simpleResolvers: true })
export class ImportRowNode {
  @Field(() => Int, { description: 'The line of the file the row starts on (header: 1).' })
  row!: number;
  @Field(() => ImportOutcomeEnum) outcome!: ImportOutcomeEnum;
  @Field(() => String, { description: 'What identifies the record on re-import.' }) key!: string;
  @Field(() => String) summary!: string;
  @Field(() => [ImportProblemNode]) problems!: ImportProblemNode[];

  static from(r: RowResult): ImportRowNode {
    return Object.assign(new ImportRowNode(), {
      row: r.line,
      outcome: r.outcome.toUpperCase() as ImportOutcomeEnum,
      key: r.key,
      summary: r.summary,
      problems: r.problems.map(p => Object.assign(new ImportProblemNode(), p)),
    });
  }
}

@ObjectType('ImportRelated', { simpleResolvers: true })
export class ImportRelatedNode {
  @Field(() => ImportResourceEnum) resource!: ImportResourceEnum;
  @Field(() => Int) create!: number;
}

@ObjectType('ImportReport', { simpleResolvers: true })
export class ImportReportNode {
  @Field(() => Int) create!: number;
  @Field(() => Int) update!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) refused!: number;
  @Field(() => [ImportRelatedNode], { description: 'Records created alongside (createMissing).' })
  related!: ImportRelatedNode[];
  @Field(() => [String], { description: 'What else happened, e.g. invitations mailed.' })
  notes!: string[];

  /** Every row's result; paged by the `rows` field. */
  all!: RowResult[];

  static from(r: Report): ImportReportNode {
    return Object.assign(new ImportReportNode(), {
      create: r.create,
      update: r.update,
      unchanged: r.unchanged,
      refused: r.refused,
      related: r.related.map(x =>
        Object.assign(new ImportRelatedNode(), {
          ...x,
          resource: ENUM_OF[x.resource],
        }),
      ),
      notes: r.notes,
      all: r.rows,
    });
  }
}

@ObjectType('ImportPayload', { simpleResolvers: true })
export class ImportPayload {
  @Field(() => Boolean, { description: 'True once everything was written (importApply only).' })
  applied!: boolean;
  @Field(() => ImportFileNode, { nullable: true }) file!: ImportFileNode | null;
  @Field(() => [ImportFieldNode], { description: 'The fields of the resource and their columns.' })
  fields!: ImportFieldNode[];
  @Field(() => ImportReportNode, { nullable: true }) report!: ImportReportNode | null;
  @Field(() => [UserError]) errors!: UserError[];

  static from(r: ImportResult): ImportPayload {
    return Object.assign(new ImportPayload(), {
      applied: r.applied,
      file: r.file ? ImportFileNode.from(r.file) : null,
      fields: r.fields.map(({ def, column }) =>
        Object.assign(new ImportFieldNode(), {
          key: def.key,
          label: def.label,
          description: def.description,
          required: def.required,
          column,
        }),
      ),
      report: r.report ? ImportReportNode.from(r.report) : null,
      errors: r.errors,
    });
  }
}
