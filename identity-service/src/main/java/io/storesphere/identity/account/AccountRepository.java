package io.storesphere.identity.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, String> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

}
