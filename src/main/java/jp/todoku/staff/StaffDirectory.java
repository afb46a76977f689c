package jp.todoku.staff;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The user names of enabled staff, for the assignee choices of the queue and the ticket page. */
@Component
class StaffDirectory {

    private final StaffAccountRepository accounts;

    StaffDirectory(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    List<String> usernames() {
        return accounts.findAll(Sort.by("username")).stream().filter(StaffAccount::isEnabled)
                .map(StaffAccount::username).toList();
    }
}
