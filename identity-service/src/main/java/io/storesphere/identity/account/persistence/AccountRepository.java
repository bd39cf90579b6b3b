package io.storesphere.identity.account.persistence;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<AccountEntity, String> {

	Optional<AccountEntity> findByEmail(String email);

	boolean existsByEmail(String email);

}
