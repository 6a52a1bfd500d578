import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { DIMENSIONS, type Billable, type ReportParams } from './report-params';

type Option = { id: string; label: string };

type ReportFiltersProps = {
  params: ReportParams;
  onChange: (changes: Partial<ReportParams>) => void;
  /** Each list is absent when the viewer may not see those records. */
  customers: readonly Option[] | undefined;
  projects: readonly Option[] | undefined;
  people: readonly Option[] | undefined;
  onReset: () => void;
};

function OptionList({ all, options }: { all: string; options: readonly Option[] }) {
  return (
    <>
      <option value="">{all}</option>
      {options.map(option => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </>
  );
}

/** Period, grouping and filters; every change applies at once (and lands in the address). */
export function ReportFilters({
  params,
  onChange,
  customers,
  projects,
  people,
  onReset,
}: ReportFiltersProps) {
  return (
    <form
      className="report-filters"
      aria-label="Report settings"
      onSubmit={event => {
        event.preventDefault();
      }}
    >
      <Field
        id="report-from"
        label="From"
        type="date"
        value={params.from}
        max={params.to}
        onChange={from => {
          onChange({ from });
        }}
      />
      <Field
        id="report-to"
        label="To"
        type="date"
        value={params.to}
        min={params.from}
        onChange={to => {
          onChange({ to });
        }}
      />
      <SelectField
        id="report-group"
        label="Group by"
        value={params.group}
        onChange={value => {
          const group = DIMENSIONS.find(d => d.value === value)?.value ?? 'PROJECT';
          onChange({ group, then: params.then === group ? '' : params.then });
        }}
      >
        {DIMENSIONS.map(d => (
          <option key={d.value} value={d.value}>
            {d.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="report-then"
        label="Then by"
        value={params.then}
        onChange={value => {
          onChange({ then: DIMENSIONS.find(d => d.value === value)?.value ?? '' });
        }}
      >
        <option value="">Nothing</option>
        {DIMENSIONS.filter(d => d.value !== params.group).map(d => (
          <option key={d.value} value={d.value}>
            {d.label}
          </option>
        ))}
      </SelectField>
      {customers ? (
        <SelectField
          id="report-customer"
          label="Customer"
          value={params.customerId}
          onChange={customerId => {
            onChange({ customerId, projectId: '' });
          }}
        >
          <OptionList all="All customers" options={customers} />
        </SelectField>
      ) : null}
      {projects ? (
        <SelectField
          id="report-project"
          label="Project"
          value={params.projectId}
          onChange={projectId => {
            onChange({ projectId });
          }}
        >
          <OptionList all="All projects" options={projects} />
        </SelectField>
      ) : null}
      {people ? (
        <SelectField
          id="report-person"
          label="Person"
          value={params.userId}
          onChange={userId => {
            onChange({ userId });
          }}
        >
          <OptionList all="Everyone" options={people} />
        </SelectField>
      ) : null}
      <SelectField
        id="report-billable"
        label="Billable"
        value={params.billable}
        onChange={value => {
          onChange({ billable: value as Billable });
        }}
      >
        <option value="">Billable and not</option>
        <option value="yes">Billable only</option>
        <option value="no">Non-billable only</option>
      </SelectField>
      <div className="report-filters__reset">
        <button className="button" type="button" onClick={onReset}>
          Reset
        </button>
      </div>
    </form>
  );
}
