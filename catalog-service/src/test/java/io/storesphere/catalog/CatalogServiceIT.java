package io.storesphere.catalog;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.service.OperableServiceContract;

/**
 * Catalog service boots against the AWS emulators and answers operators as every service
 * must.
 */
@UseAwsEmulators
class CatalogServiceIT extends OperableServiceContract {

	CatalogServiceIT() {
		super("catalog-service");
	}

}
