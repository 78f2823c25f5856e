package io.bilheteria.api.admin;

import java.util.List;

/** The backups kept, newest first, and the folder they are in. */
public record BackupList(String directory, List<Backup> items) {

    public BackupList {
        items = List.copyOf(items);
    }
}
