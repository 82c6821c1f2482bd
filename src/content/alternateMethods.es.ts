import { catalogEs } from './catalog.es';
import type { AlternateMethodsCatalog } from './types';

/** How to get each task done without signing in, in Spanish. Apps get it from the `./es` entry. */
export const alternateMethodsEs = {
  catalog: catalogEs,
  places: {
    'benefits-office': 'una oficina regional de beneficios de VA',
    'health-facility': 'su centro de salud de VA',
    school: 'el funcionario certificador de su escuela',
    'emergency-room': 'la sala de emergencias más cercana',
  },
  methods: {
    'direct-deposit': {
      title: 'Cambiar la información de su depósito directo',
      steps: {
        phone:
          'Llámenos y pida que actualicemos su depósito directo. Tenga a mano el número de ruta de su banco y su número de cuenta.',
        inPerson: 'Vaya a una oficina regional de beneficios de VA y pida que actualicen su depósito directo.',
        mail: 'Llene el formulario de inscripción en depósito directo (formulario VA 24-0296). Siga las instrucciones de envío del formulario.',
      },
    },
    'health-appointments': {
      title: 'Programar, cambiar o cancelar una cita médica',
      steps: {
        phone:
          'Llame a su centro de salud de VA para programar o cambiar una cita. Si tiene preguntas sobre sus beneficios de salud, llame a la línea de beneficios de salud de VA.',
        inPerson: 'Pregunte en la recepción de su centro de salud de VA.',
      },
    },
    'health-prescriptions': {
      title: 'Volver a surtir un medicamento',
      steps: {
        phone: 'Llame al número de la farmacia que aparece en la etiqueta de su medicamento para pedir que se lo vuelvan a surtir.',
        inPerson: 'Pida que le vuelvan a surtir el medicamento en la farmacia de su centro de salud de VA.',
        mail: 'Envíe por correo el comprobante para volver a surtir que recibió con su último medicamento a la dirección de la farmacia que aparece en él.',
      },
    },
    'health-messages': {
      title: 'Comunicarse con su equipo de atención médica',
      steps: {
        phone:
          'Llame a su centro de salud de VA y pida hablar con su equipo de atención. Si necesita ayuda con My HealtheVet, llame a la mesa de ayuda de My HealtheVet. Si necesita atención de inmediato, no espere la respuesta a un mensaje.',
        inPerson: 'Hable con su equipo de atención en su centro de salud de VA.',
      },
    },
    'claims-status': {
      title: 'Consultar el estado de un reclamo o una apelación',
      steps: {
        phone:
          'Llámenos para consultar el estado de su reclamo o apelación. Tenga a mano su número de Seguro Social o su número de expediente de VA.',
        inPerson: 'Vaya a una oficina regional de beneficios de VA.',
      },
    },
    education: {
      title: 'Recibir ayuda con el GI Bill y otros beneficios de educación',
      steps: {
        phone: 'Llame a la línea del GI Bill si tiene preguntas sobre sus beneficios o pagos de educación.',
        inPerson: 'Hable con el funcionario certificador de su escuela.',
      },
    },
    'records-letters': {
      title: 'Obtener sus registros y cartas de beneficios',
      steps: {
        phone: 'Llámenos para pedir una carta de beneficios, como la carta de resumen de beneficios.',
        inPerson:
          'Pida sus cartas de beneficios en una oficina regional de beneficios de VA. Pida sus registros médicos en la oficina de divulgación de información de su centro de salud de VA.',
        mail: 'Para obtener sus registros médicos de VA, envíe el formulario VA 10-5345a a la oficina de divulgación de información de su centro de salud de VA. Para obtener sus registros de servicio militar, como su DD214, envíe el formulario estándar 180 (SF-180) a los Archivos Nacionales.',
      },
    },
    'crisis-support': {
      title: 'Recibir ayuda en una crisis',
      steps: {
        phone:
          'Llame a la Línea de Crisis para Veteranos para hablar ahora con una persona capacitada. La llamada es gratuita y confidencial.',
        text: 'Envíe un mensaje de texto a la Línea de Crisis para Veteranos.',
        chat: 'Chatee en línea con una persona capacitada.',
        inPerson: 'Vaya a la sala de emergencias más cercana o llame al 911.',
      },
    },
  },
} satisfies AlternateMethodsCatalog;
