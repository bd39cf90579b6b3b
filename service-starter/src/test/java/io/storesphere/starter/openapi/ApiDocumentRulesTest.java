package io.storesphere.starter.openapi;

import java.util.List;

import io.storesphere.starter.security.PublicPaths;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every service's document follows, on documents shaped as springdoc writes
 * them: what an operation can answer follows from its shape and its service's public
 * paths.
 */
class ApiDocumentRulesTest {

	private static final String PROBLEM_REF = "#/components/schemas/Problem";

	private final ApiDocumentRules rules = new ApiDocumentRules(
			List.of(PublicPaths.get("/api/products/**"), PublicPaths.post("/api/auth/signup")));

	@Test
	void theOnlyServerIsTheGatewayRelativeToTheDocument() {
		OpenAPI api = new OpenAPI().servers(List.of(new Server().url("http://catalog:8080")));

		this.rules.customise(api);

		assertThat(api.getServers()).singleElement().satisfies((server) -> {
			assertThat(server.getUrl()).isEqualTo("/");
			assertThat(server.getDescription()).isEqualTo("the StoreSphere gateway");
		});
	}

	@Test
	void theProblemSchemaDescribesWhatProblemsWrites() {
		OpenAPI api = new OpenAPI();

		this.rules.customise(api);

		Schema<?> problem = api.getComponents().getSchemas().get("Problem");
		assertThat(problem.getProperties()).containsOnlyKeys("type", "title", "status", "detail", "instance", "errors");
		assertThat(problem.getRequired()).containsExactly("type", "title", "status", "detail");
		Schema<?> error = problem.getProperties().get("errors").getItems();
		assertThat(error.getProperties()).containsOnlyKeys("field", "message");
		assertThat(problem.getAdditionalProperties()).isEqualTo(Boolean.TRUE);
		assertThat(problem.getTypes()).containsExactly("object");
		assertThat(problem.getType()).isEqualTo("object");
		assertThat(problem.getProperties().get("status").getTypes()).containsExactly("integer");
	}

	@Test
	void anAdminWriteWithABodyAndAnIdDocumentsEveryGenericProblemItCanAnswer() {
		Operation edit = operation().requestBody(new RequestBody().content(json()))
			.addParametersItem(new Parameter().in("path").name("id"));
		OpenAPI api = document("/api/admin/products/{id}", PathItem.HttpMethod.PATCH, edit);

		this.rules.customise(api);

		assertThat(edit.getResponses().keySet()).containsExactly("200", "400", "401", "403", "404", "406", "414", "415",
				"503");
		edit.getResponses().forEach((code, response) -> {
			if (!code.equals("200")) {
				assertThat(response.getContent()).as(code).containsOnlyKeys("application/problem+json");
				assertThat(response.getContent().get("application/problem+json").getSchema().get$ref()).as(code)
					.isEqualTo(PROBLEM_REF);
				assertThat(response.getDescription()).as(code).isNotBlank();
			}
		});
		assertThat(edit.getSecurity()).containsExactly(new SecurityRequirement().addList("bearer"));
	}

	@Test
	void aPublicReadWithoutParametersAnswersOnlyItsSuccessAndA503() {
		Operation list = operation();
		OpenAPI api = document("/api/products", PathItem.HttpMethod.GET, list);

		this.rules.customise(api);

		assertThat(list.getResponses()).containsOnlyKeys("200", "414", "503");
		assertThat(list.getSecurity()).isNull();
	}

	@Test
	void aPathIsPublicOnlyForTheMethodItsServiceNames() {
		Operation publicRead = operation().addParametersItem(new Parameter().in("path").name("id"));
		Operation signUp = operation().requestBody(new RequestBody().content(json()));
		OpenAPI api = document("/api/products/{id}", PathItem.HttpMethod.GET, publicRead);
		api.getPaths().addPathItem("/api/auth/signup", new PathItem().post(signUp));
		Operation deleteOfAPublicPath = operation();
		api.getPaths().get("/api/auth/signup").delete(deleteOfAPublicPath);

		this.rules.customise(api);

		assertThat(publicRead.getResponses()).containsOnlyKeys("200", "400", "404", "414", "503");
		assertThat(signUp.getResponses()).containsOnlyKeys("200", "400", "406", "414", "415", "503");
		assertThat(deleteOfAPublicPath.getResponses()).containsOnlyKeys("200", "401", "406", "414", "503");
		assertThat(api.getComponents().getSecuritySchemes().get("bearer").getScheme()).isEqualTo("bearer");
	}

	@Test
	void aRefusalAControllerDeclaresKeepsItsWordsAndGetsTheProblemSchema() {
		Operation checkout = operation().requestBody(new RequestBody().content(json()));
		checkout.getResponses()
			.addApiResponse("409", new ApiResponse().description("Prices changed")
				.content(new Content().addMediaType("*/*", new MediaType().schema(new Schema<>().type("object")))));
		OpenAPI api = document("/api/checkout", PathItem.HttpMethod.POST, checkout);

		this.rules.customise(api);

		assertThat(checkout.getResponses().keySet()).containsExactly("200", "400", "401", "406", "409", "414", "415",
				"503");
		ApiResponse conflict = checkout.getResponses().get("409");
		assertThat(conflict.getDescription()).isEqualTo("Prices changed");
		assertThat(conflict.getContent()).containsOnlyKeys("application/problem+json");
		assertThat(conflict.getContent().get("application/problem+json").getSchema().get$ref()).isEqualTo(PROBLEM_REF);
	}

	@Test
	void aJsonSuccessIsApplicationJsonButBytesKeepTheirTypes() {
		Operation get = operation();
		ApiResponse bytes = new ApiResponse().description("OK")
			.content(new Content().addMediaType("*/*",
					new MediaType().schema(new Schema<>().type("string").format("binary"))));
		Operation image = new Operation().responses(new ApiResponses().addApiResponse("200", bytes));
		OpenAPI api = document("/api/products", PathItem.HttpMethod.GET, get);
		api.getPaths().addPathItem("/api/products/{id}/image", new PathItem().get(image));

		this.rules.customise(api);

		assertThat(get.getResponses().get("200").getContent()).containsOnlyKeys("application/json");
		assertThat(get.getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
			.isEqualTo("#/components/schemas/View");
		assertThat(image.getResponses().get("200").getContent()).containsOnlyKeys("*/*");
	}

	@Test
	void aNotModifiedOrANoContentAnswerHasNoBody() {
		Operation image = operation();
		image.getResponses()
			.addApiResponse("304",
					new ApiResponse().description("Not modified")
						.content(new Content().addMediaType("*/*",
								new MediaType().schema(new Schema<>().type("string").format("binary")))));
		Operation delete = new Operation().responses(
				new ApiResponses().addApiResponse("204", new ApiResponse().description("No Content").content(json())));
		OpenAPI api = document("/api/products/{id}/image", PathItem.HttpMethod.GET, image);
		api.getPaths().addPathItem("/api/admin/products/{id}", new PathItem().delete(delete));

		this.rules.customise(api);

		assertThat(image.getResponses().get("304").getContent()).isNull();
		assertThat(delete.getResponses().get("204").getContent()).isNull();
	}

	@Test
	void aDocumentThatRequiredATokenEverywhereSaysSoPerOperationInstead() {
		Operation list = operation();
		OpenAPI api = document("/api/products", PathItem.HttpMethod.GET, list)
			.addSecurityItem(new SecurityRequirement().addList("bearer"));

		this.rules.customise(api);

		assertThat(api.getSecurity()).isNull();
		assertThat(list.getSecurity()).isNull();
	}

	private static Operation operation() {
		return new Operation().responses(new ApiResponses().addApiResponse("200",
				new ApiResponse().description("OK")
					.content(new Content().addMediaType("*/*",
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/View"))))));
	}

	private static Content json() {
		return new Content().addMediaType("application/json", new MediaType().schema(new Schema<>().type("object")));
	}

	private static OpenAPI document(String path, PathItem.HttpMethod method, Operation operation) {
		PathItem item = new PathItem();
		item.operation(method, operation);
		return new OpenAPI().paths(new Paths().addPathItem(path, item));
	}

}
