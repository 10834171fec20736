import { ReferenceField, TextField } from 'react-admin';

/**
 * The request a row belongs to, shown by its reference and linked to its page. `source` and
 * `label` are passed by the caller because the Datagrid reads them from the element's props.
 */
export function RequestReferenceField(props: {
  source: 'requestId';
  label: string;
  sortable?: boolean;
}) {
  return (
    <ReferenceField {...props} reference="requests" link="show" emptyText="—">
      <TextField source="reference" />
    </ReferenceField>
  );
}
