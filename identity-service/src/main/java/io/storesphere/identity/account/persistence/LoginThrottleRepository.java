package io.storesphere.identity.account.persistence;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleRepository extends JpaRepository<LoginThrottleEntity, String> {

	/** Row-locked, so concurrent failures for one address are all counted. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from LoginThrottleEntity t where t.email = :email")
	Optional<LoginThrottleEntity> findForUpdate(String email);

}
