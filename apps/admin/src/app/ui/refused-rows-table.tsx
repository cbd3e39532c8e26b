// The rows an import leaves out, each problem on its own line: the file's line, the column and
// what is wrong there. Both imports (sign-ups from paper, the blood service's types) show it.
import { ScrollArea, Table } from '@mantine/core';

export interface RefusedRow {
  line: number;
  fields: readonly { field: string; message: string }[];
}

interface RefusedRowsTableProps {
  refused: readonly RefusedRow[];
  /** The column headings, in the caller's words. */
  labels: { line: string; column: string; problem: string };
  maxHeight: number;
  testId: string;
}

export function RefusedRowsTable({ refused, labels, maxHeight, testId }: RefusedRowsTableProps) {
  return (
    <ScrollArea.Autosize mah={maxHeight}>
      <Table data-testid={testId} verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{labels.line}</Table.Th>
            <Table.Th>{labels.column}</Table.Th>
            <Table.Th>{labels.problem}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {refused.flatMap((row) =>
            row.fields.map((field, i) => (
              <Table.Tr key={`${row.line}-${field.field}-${i}`}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td ff="monospace">{field.field}</Table.Td>
                <Table.Td>{field.message}</Table.Td>
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
