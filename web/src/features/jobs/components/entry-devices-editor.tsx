import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../../../lib/describe-error';
import { addEntryDevices, removeEntryDevice, useEntryDeviceIds } from '../api/entry-extras';
import { entryKeys } from '../api/types';
import { DevicePicker } from './device-picker';

/** Ticking a device links it at once (optimistically); a refusal unticks it and says why. */
export function EntryDevicesEditor({
  entryId,
  buildingId,
}: {
  entryId: number;
  buildingId: number | null;
}) {
  const queryClient = useQueryClient();
  const linked = useEntryDeviceIds(entryId);
  const [error, setError] = useState<string | null>(null);
  const key = entryKeys.devices(entryId);

  const toggle = async (deviceId: number, checked: boolean) => {
    const before = queryClient.getQueryData<number[]>(key) ?? [];
    queryClient.setQueryData(
      key,
      checked ? [...before, deviceId] : before.filter((d) => d !== deviceId),
    );
    setError(null);
    try {
      if (checked) await addEntryDevices(entryId, [deviceId]);
      else await removeEntryDevice(entryId, deviceId);
    } catch (failure) {
      queryClient.setQueryData(key, before);
      setError(describeError(failure));
    } finally {
      // Linking a device after creation sets the changed flag.
      void queryClient.invalidateQueries({ queryKey: entryKeys.one(entryId) });
      void queryClient.invalidateQueries({ queryKey: key });
    }
  };

  return (
    <>
      <DevicePicker
        buildingId={buildingId}
        selected={linked.data ?? []}
        onToggle={(d, c) => void toggle(d, c)}
      />
      {error && (
        <div className="text-danger-emphasis small" role="alert">
          {error}
        </div>
      )}
    </>
  );
}
