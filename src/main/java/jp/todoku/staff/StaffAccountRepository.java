package jp.todoku.staff;

import java.util.Optional;
import jp.todoku.system.StaffRole;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByRole(StaffRole role);
}
