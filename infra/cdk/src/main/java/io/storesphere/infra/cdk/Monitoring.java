package io.storesphere.infra.cdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.storesphere.topology.Environment;
import io.storesphere.topology.Topology;
import software.constructs.Construct;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancerMetrics;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.Queue;

/**
 * What tells the operators something is wrong: alarms on every dead-letter queue and on
 * the gateway's 5xx rate and p99 latency, all mailed through the {@code ops-alarms}
 * topic, and the dashboard (requests, errors, latency, CPU and memory per service, queue
 * backlog, dead letters, database, alarm states).
 *
 * <p>
 * Not a construct of its own: the topic, alarms and dashboard stay where they have always
 * been in the stack, so that their logical ids do not change.
 */
final class Monitoring {

	Monitoring(Construct scope, Environment environment, String opsAlarmEmail, TopologyResources topology,
			ApplicationLoadBalancer loadBalancer, Database database, Map<String, FargateService> services) {
		Topic opsAlarms = Topic.Builder.create(scope, "OpsAlarms")
			.topicName(environment.topicName("ops-alarms"))
			.build();
		opsAlarms.addSubscription(new EmailSubscription(opsAlarmEmail));
		SnsAction notify = new SnsAction(opsAlarms);
		List<Alarm> alarms = new ArrayList<>();
		topology.deadLetterQueues()
			.forEach((baseName, queue) -> alarms.add(deadLetterAlarm(scope, environment, baseName, queue)));
		alarms.addAll(gatewayAlarms(scope, environment, loadBalancer.getMetrics()));
		alarms.forEach((alarm) -> alarm.addAlarmAction(notify));
		dashboard(scope, environment, topology, loadBalancer.getMetrics(), database, services, alarms);
	}

	/** A message in a dead-letter queue failed every retry: someone has to look. */
	private static Alarm deadLetterAlarm(Construct scope, Environment environment, String baseName, Queue deadLetters) {
		return Alarm.Builder.create(scope, "DeadLetters-" + baseName)
			.alarmName(environment.name() + "-" + baseName + "-dlq-not-empty")
			.alarmDescription("Messages of " + environment.name() + "-" + baseName + " failed "
					+ Topology.MAX_RECEIVE_COUNT + " times and wait in its dead-letter queue")
			.metric(deadLetters.metricApproximateNumberOfMessagesVisible(
					MetricOptions.builder().period(Duration.minutes(1)).statistic("Maximum").build()))
			.comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
			.threshold(0)
			.evaluationPeriods(1)
			.treatMissingData(TreatMissingData.NOT_BREACHING)
			.build();
	}

	/** Load balancer and targets together: the users see both. */
	private static List<Alarm> gatewayAlarms(Construct scope, Environment environment,
			IApplicationLoadBalancerMetrics gateway) {
		MetricOptions perMinute = MetricOptions.builder().period(Duration.minutes(1)).statistic("Sum").build();
		MathExpression errorRate = MathExpression.Builder.create()
			.expression("IF(requests > 0, 100 * (FILL(target5xx, 0) + FILL(elb5xx, 0)) / requests, 0)")
			.usingMetrics(Map.of("requests", gateway.requestCount(perMinute), "target5xx",
					gateway.httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, perMinute), "elb5xx",
					gateway.httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, perMinute)))
			.label("gateway 5xx %")
			.period(Duration.minutes(1))
			.build();
		Alarm serverErrors = Alarm.Builder.create(scope, "GatewayServerErrors")
			.alarmName(environment.name() + "-gateway-5xx-rate")
			.alarmDescription("More than 5 % of the gateway's responses were 5xx in 3 of the last 5 minutes")
			.metric(errorRate)
			.comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
			.threshold(5)
			.evaluationPeriods(5)
			.datapointsToAlarm(3)
			.treatMissingData(TreatMissingData.NOT_BREACHING)
			.build();
		Alarm latency = Alarm.Builder.create(scope, "GatewayLatency")
			.alarmName(environment.name() + "-gateway-p99-latency")
			.alarmDescription("The gateway's p99 response time was above 2 s in 3 of the last 5 minutes")
			.metric(gateway
				.targetResponseTime(MetricOptions.builder().period(Duration.minutes(1)).statistic("p99").build()))
			.comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
			.threshold(2)
			.evaluationPeriods(5)
			.datapointsToAlarm(3)
			.treatMissingData(TreatMissingData.NOT_BREACHING)
			.build();
		return List.of(serverErrors, latency);
	}

	private static void dashboard(Construct scope, Environment environment, TopologyResources topology,
			IApplicationLoadBalancerMetrics gateway, Database database, Map<String, FargateService> services,
			List<? extends IAlarm> alarms) {
		MetricOptions perMinute = MetricOptions.builder().period(Duration.minutes(1)).statistic("Sum").build();
		List<IMetric> cpu = new ArrayList<>();
		List<IMetric> memory = new ArrayList<>();
		services.forEach((name, service) -> {
			cpu.add(service.metricCpuUtilization(MetricOptions.builder().label(name).build()));
			memory.add(service.metricMemoryUtilization(MetricOptions.builder().label(name).build()));
		});
		List<IWidget> row1 = List.of(
				graph("Gateway requests and errors",
						List.of(gateway.requestCount(perMinute),
								gateway.httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, perMinute),
								gateway.httpCodeTarget(HttpCodeTarget.TARGET_4XX_COUNT, perMinute),
								gateway.httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, perMinute))),
				graph("Gateway latency (s)", List.of(latency(gateway, "p50"), latency(gateway, "p99"))),
				AlarmStatusWidget.Builder.create().title("Alarms").alarms(alarms).width(8).height(6).build());
		Dashboard.Builder.create(scope, "Dashboard")
			.dashboardName(environment.name() + "-storesphere")
			.widgets(List.of(row1,
					List.of(graph("Service CPU %", cpu), graph("Service memory %", memory),
							graph("Database",
									List.of(database.instance().metricCPUUtilization(),
											database.instance().metricDatabaseConnections()))),
					List.of(graph("Queue backlog (visible messages)", visibleMessages(topology.queues())),
							graph("Dead letters (should be 0)", visibleMessages(topology.deadLetterQueues())))))
			.build();
	}

	private static IMetric latency(IApplicationLoadBalancerMetrics gateway, String percentile) {
		return gateway.targetResponseTime(
				MetricOptions.builder().period(Duration.minutes(1)).statistic(percentile).label(percentile).build());
	}

	private static List<IMetric> visibleMessages(Map<String, Queue> queues) {
		List<IMetric> metrics = new ArrayList<>();
		queues.forEach((name, queue) -> metrics.add(queue.metricApproximateNumberOfMessagesVisible(
				MetricOptions.builder().label(name).period(Duration.minutes(1)).statistic("Maximum").build())));
		return metrics;
	}

	private static GraphWidget graph(String title, List<IMetric> metrics) {
		return GraphWidget.Builder.create().title(title).left(metrics).width(8).height(6).build();
	}

}
